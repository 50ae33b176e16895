/** Structure of the hundred-and-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed105 } from '../corpus/sealed105';

describeSealedSet({
  name: 'sealed105',
  set: sealed105,
  prefix: 's105-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s105-')),
  unlabelled: 'Community care reminder: claims for 64445 must carry the VA referral number in box 23 or they reject',
});
