/** Structure of the seventy-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed77 } from '../corpus/sealed77';

describeSealedSet({
  name: 'sealed77',
  set: sealed77,
  prefix: 's77-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s77-')),
  unlabelled: 'Cash price request — what is your all-in self-pay price for 64712 at the Edmond site?',
});
