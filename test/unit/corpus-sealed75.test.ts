/** Structure of the seventy-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed75 } from '../corpus/sealed75';

describeSealedSet({
  name: 'sealed75',
  set: sealed75,
  prefix: 's75-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s75-')),
  unlabelled: 'Buy-and-bill claim: J0585 x30 with JW x70, administration line 64612 RT, NDC on the drug line',
});
