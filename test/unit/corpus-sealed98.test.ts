/** Structure of the ninety-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed98 } from '../corpus/sealed98';

describeSealedSet({
  name: 'sealed98',
  set: sealed98,
  prefix: 's98-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s98-')),
  unlabelled: 'Crosswalk row: legacy charge code 31007 maps to the new fee line for sciatic neuroplasty',
});
