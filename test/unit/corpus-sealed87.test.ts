/** Structure of the eighty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed87 } from '../corpus/sealed87';

describeSealedSet({
  name: 'sealed87',
  set: sealed87,
  prefix: 's87-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s87-')),
  unlabelled: 'Counterproposal: we can hold 64445 at 132% of Medicare if you accept the rest',
});
