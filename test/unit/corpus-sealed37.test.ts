/** Structure of the thirty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed37 } from '../corpus/sealed37';

describeSealedSet({
  name: 'sealed37',
  set: sealed37,
  prefix: 's37-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s37-')),
  unlabelled: 'Trip sheet — pick-up ZIP 43213, loaded miles 9.5',
});
