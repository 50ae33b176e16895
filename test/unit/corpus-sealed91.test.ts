/** Structure of the ninety-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed91 } from '../corpus/sealed91';

describeSealedSet({
  name: 'sealed91',
  set: sealed91,
  prefix: 's91-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s91-')),
  unlabelled: 'PRC referral — please authorize 64445 for the sciatic nerve block at the outside clinic',
});
