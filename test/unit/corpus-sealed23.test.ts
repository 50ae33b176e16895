/** Structure of the twenty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed23 } from '../corpus/sealed23';

describeSealedSet({
  name: 'sealed23',
  set: sealed23,
  prefix: 's23-',
  // Every other corpus set wired in score.ts (sealed23 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s23-')),
  unlabelled: 'PLB*1457392018*20261231*WO:OP-25787*-85.72',
});
