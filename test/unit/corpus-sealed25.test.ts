/** Structure of the twenty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed20 } from '../corpus/sealed20';
import { sealed21 } from '../corpus/sealed21';
import { sealed22 } from '../corpus/sealed22';
import { sealed23 } from '../corpus/sealed23';
import { sealed24 } from '../corpus/sealed24';
import { sealed25 } from '../corpus/sealed25';

describeSealedSet({
  name: 'sealed25',
  set: sealed25,
  prefix: 's25-',
  // Every other corpus set: those wired in score.ts, plus sealed20–24, which may not be wired yet.
  others: [...TUNING_SET, ...SEALED_SET, ...sealed20, ...sealed21, ...sealed22, ...sealed23, ...sealed24].filter(
    (s) => !s.kind.startsWith('s25-'),
  ),
  unlabelled: 'Airflow: extracted 91660 rows from CLARITY_TDL_TRAN',
});
