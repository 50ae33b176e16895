/** Structure of the hundred-and-twenty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed128 } from '../corpus/sealed128';

describeSealedSet({
  name: 'sealed128',
  set: sealed128,
  prefix: 's128-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s128-')),
  unlabelled: 'Navigator note: consumer says the surgery center billed 64712 without the approval number',
});
