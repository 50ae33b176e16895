/** Structure of the eightieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed80 } from '../corpus/sealed80';

describeSealedSet({
  name: 'sealed80',
  set: sealed80,
  prefix: 's80-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s80-')),
  unlabelled: 'IDT approved the outside pain consult; vendor may bill 64445 under the existing authorization',
});
