/** Structure of the thirty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed32 } from '../corpus/sealed32';

describeSealedSet({
  name: 'sealed32',
  set: sealed32,
  prefix: 's32-',
  // Every other corpus set that score.ts wires (the set itself is filtered out, should score.ts ever list it).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s32-')),
  unlabelled: 'DCN 25163 80315 0042 BATCH 80315',
});
