/** Structure of the hundred-and-ninety-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed199 } from '../corpus/sealed199';

describeSealedSet({
  name: 'sealed199',
  set: sealed199,
  prefix: 's199-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s199-')),
  unlabelled: 'CER #30127 approved; sciatic block {64445} volume 310 cases in year one.',
});
