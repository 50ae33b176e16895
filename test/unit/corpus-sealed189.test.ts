/** Structure of the hundred-and-eighty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed189 } from '../corpus/sealed189';

describeSealedSet({
  name: 'sealed189',
  set: sealed189,
  prefix: 's189-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s189-')),
  unlabelled: 'nerve, arm or leg, open; sciatic nerve (CPT 64712), right side, outpatient hospital, 1 unit.',
});
