/** Structure of the hundred-and-eighty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed188 } from '../corpus/sealed188';

describeSealedSet({
  name: 'sealed188',
  set: sealed188,
  prefix: 's188-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s188-')),
  unlabelled: 'ER notes received: CPT 99285, 73502, CT 72192',
});
