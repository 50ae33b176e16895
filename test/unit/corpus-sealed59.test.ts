/** Structure of the fifty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed59 } from '../corpus/sealed59';

describeSealedSet({
  name: 'sealed59',
  set: sealed59,
  prefix: 's59-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s59-')),
  unlabelled: 'Op note — neuroplasty, sciatic nerve 64712, tourniquet 96 min',
});
