/** Structure of the hundred-and-ninety-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed193 } from '../corpus/sealed193';

describeSealedSet({
  name: 'sealed193',
  set: sealed193,
  prefix: 's193-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s193-')),
  unlabelled: 'CHGBK CASE 47309 Visa 13.3 — deposit for 64712 sciatic neuroplasty, respond by 04/01/2026.',
});
