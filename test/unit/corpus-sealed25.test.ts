/** Structure of the twenty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed25 } from '../corpus/sealed25';

describeSealedSet({
  name: 'sealed25',
  set: sealed25,
  prefix: 's25-',
  // Every other corpus set wired in score.ts (sealed25 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s25-')),
  unlabelled: 'Airflow: extracted 91660 rows from CLARITY_TDL_TRAN',
});
