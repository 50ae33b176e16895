/** Structure of the twenty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed25 } from '../corpus/sealed25';
import { sealed26 } from '../corpus/sealed26';
import { sealed27 } from '../corpus/sealed27';
import { sealed28 } from '../corpus/sealed28';

describeSealedSet({
  name: 'sealed27',
  set: sealed27,
  prefix: 's27-',
  // Every other corpus set: those wired in score.ts (sealed20–24 are in TUNING_SET) plus the blind sets not wired yet.
  others: [...TUNING_SET, ...SEALED_SET, ...sealed25, ...sealed26, ...sealed28],
  unlabelled: 'HSA claim 87966 Botox {64612}',
});
