/** Structure of the hundred-and-eighty-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed181 } from '../corpus/sealed181';

describeSealedSet({
  name: 'sealed181',
  set: sealed181,
  prefix: 's181-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s181-')),
  unlabelled: 'Also checked: 64445, 64632 — covered, no frequency limits returned   Response time 0.8 s',
});
