/** Structure of the eighty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed89 } from '../corpus/sealed89';

describeSealedSet({
  name: 'sealed89',
  set: sealed89,
  prefix: 's89-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s89-')),
  unlabelled: 'APS charge capture — popliteal catheter placed in PACU, please drop 64446 with the note',
});
