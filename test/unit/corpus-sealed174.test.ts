/** Structure of the hundred-and-seventy-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed174 } from '../corpus/sealed174';

describeSealedSet({
  name: 'sealed174',
  set: sealed174,
  prefix: 's174-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s174-')),
  unlabelled: 'Primary use (clinical): US guidance for 64445, 64447, 64415, 64632; needle guidance billed as 76942',
});
