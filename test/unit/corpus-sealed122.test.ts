/** Structure of the hundred-and-twenty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed122 } from '../corpus/sealed122';

describeSealedSet({
  name: 'sealed122',
  set: sealed122,
  prefix: 's122-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s122-')),
  unlabelled: 'IRO decision: the denial of sciatic neuroplasty 64712 is overturned; the carrier must pay within 5 days',
});
