/** Structure of the seventy-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed79 } from '../corpus/sealed79';

describeSealedSet({
  name: 'sealed79',
  set: sealed79,
  prefix: 's79-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s79-')),
  unlabelled: 'Off-site referral queue — neurosurgery consult requested, sciatic neuroplasty 64712 pending UR',
});
