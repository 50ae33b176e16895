/** Structure of the twenty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed25 } from '../corpus/sealed25';
import { sealed26 } from '../corpus/sealed26';
import { sealed28 } from '../corpus/sealed28';

describeSealedSet({
  name: 'sealed28',
  set: sealed28,
  prefix: 's28-',
  // Every other corpus set: TUNING_SET and SEALED_SET of score.ts (sealed20–24 are in TUNING_SET) plus the blind
  // sets not wired there yet (sealed25, sealed26).
  others: [...TUNING_SET, ...SEALED_SET, ...sealed25, ...sealed26],
  unlabelled: 'Cost center 41309 supply variance',
});
