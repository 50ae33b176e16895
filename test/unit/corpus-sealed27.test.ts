/** Structure of the twenty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed27 } from '../corpus/sealed27';

describeSealedSet({
  name: 'sealed27',
  set: sealed27,
  prefix: 's27-',
  // Every other corpus set wired in score.ts (sealed27 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s27-')),
  unlabelled: 'HSA claim 87966 Botox {64612}',
});
