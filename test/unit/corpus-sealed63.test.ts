/** Structure of the sixty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed63 } from '../corpus/sealed63';

describeSealedSet({
  name: 'sealed63',
  set: sealed63,
  prefix: 's63-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s63-')),
  unlabelled: 'QA scorecard — original 64708, corrected to sciatic neuroplasty',
});
