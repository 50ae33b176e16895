/** Structure of the two-hundred-and-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed206 } from '../corpus/sealed206';

describeSealedSet({
  name: 'sealed206',
  set: sealed206,
  prefix: 's206-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s206-')),
  unlabelled: 'Appeal received 02/14/2026; disputed service 64712-RT (sciatic neuroplasty), decision due 03/16/2026.',
});
