/** Structure of the seventy-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed71 } from '../corpus/sealed71';

describeSealedSet({
  name: 'sealed71',
  set: sealed71,
  prefix: 's71-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s71-')),
  unlabelled: 'SCS trial booked Thursday — percutaneous leads, bill 63650 with the rep present',
});
