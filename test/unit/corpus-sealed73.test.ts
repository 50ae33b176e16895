/** Structure of the seventy-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed73 } from '../corpus/sealed73';

describeSealedSet({
  name: 'sealed73',
  set: sealed73,
  prefix: 's73-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s73-')),
  unlabelled: 'Athletic trainer note — referred to team physician, sciatic neurolysis 64712 discussed',
});
