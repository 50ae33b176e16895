/** Structure of the hundred-and-sixty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed167 } from '../corpus/sealed167';

describeSealedSet({
  name: 'sealed167',
  set: sealed167,
  prefix: 's167-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s167-')),
  unlabelled: 'The RUC has asked ASPNS to survey the physician work of CPT 64712 (neuroplasty, sciatic nerve) and',
});
