/** Structure of the ninety-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed95 } from '../corpus/sealed95';

describeSealedSet({
  name: 'sealed95',
  set: sealed95,
  prefix: 's95-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s95-')),
  unlabelled: 'IME report, records reviewed: sciatic neuroplasty 64712 on 07/09/2024 (Bates 00612)',
});
