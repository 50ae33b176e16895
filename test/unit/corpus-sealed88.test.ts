/** Structure of the eighty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed88 } from '../corpus/sealed88';

describeSealedSet({
  name: 'sealed88',
  set: sealed88,
  prefix: 's88-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s88-')),
  unlabelled: 'Pre-registration note — auth still pending for sciatic neuroplasty 64712, patient called twice',
});
