/** Structure of the ninety-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed99 } from '../corpus/sealed99';

describeSealedSet({
  name: 'sealed99',
  set: sealed99,
  prefix: 's99-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s99-')),
  unlabelled: 'Gold card notice — you are exempt from prior authorization for 64712 through 03/31/2026',
});
