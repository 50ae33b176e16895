/** Structure of the twentieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed20 } from '../corpus/sealed20';

describeSealedSet({
  name: 'sealed20',
  set: sealed20,
  prefix: 's20-',
  // Every other corpus set wired in score.ts (sealed20 itself is in TUNING_SET now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s20-')),
  unlabelled: 'CBSA 12060 wage index 0.9624',
});
