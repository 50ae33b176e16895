/** Structure of the thirty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed32 } from '../corpus/sealed32';

describeSealedSet({
  name: 'sealed32',
  set: sealed32,
  prefix: 's32-',
  // Every other corpus set wired in score.ts (sealed32 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s32-')),
  unlabelled: 'DCN 25163 80315 0042 BATCH 80315',
});
