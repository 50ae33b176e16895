/** Structure of the hundred-and-tenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed110 } from '../corpus/sealed110';

describeSealedSet({
  name: 'sealed110',
  set: sealed110,
  prefix: 's110-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s110-')),
  unlabelled: 'Your Good Faith Estimate lists 64712 for the surgeon; the anesthesia group sends its own estimate',
});
