/** Structure of the two-hundred-and-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed205 } from '../corpus/sealed205';

describeSealedSet({
  name: 'sealed205',
  set: sealed205,
  prefix: 's205-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s205-')),
  unlabelled: 'Q1 2026 Investor Report: 64712 sciatic neuroplasty, 7 cases, contribution margin $1,515 per case.',
});
