/** Structure of the twenty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed20 } from '../corpus/sealed20';
import { sealed21 } from '../corpus/sealed21';
import { sealed22 } from '../corpus/sealed22';
import { sealed23 } from '../corpus/sealed23';

describeSealedSet({
  name: 'sealed23',
  set: sealed23,
  prefix: 's23-',
  // Every other corpus set: those wired in score.ts, plus sealed20, sealed21 and sealed22, which are not wired yet.
  others: [...TUNING_SET, ...SEALED_SET, ...sealed20, ...sealed21, ...sealed22].filter(
    (s) => !s.kind.startsWith('s23-'),
  ),
  unlabelled: 'PLB*1457392018*20261231*WO:OP-25787*-85.72',
});
