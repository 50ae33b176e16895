/** Structure of the sixty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed65 } from '../corpus/sealed65';

describeSealedSet({
  name: 'sealed65',
  set: sealed65,
  prefix: 's65-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s65-')),
  unlabelled: 'ED charge capture — femoral nerve block, bill 64447 with the visit',
});
