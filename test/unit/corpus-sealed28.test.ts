/** Structure of the twenty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed28 } from '../corpus/sealed28';

describeSealedSet({
  name: 'sealed28',
  set: sealed28,
  prefix: 's28-',
  // Every other corpus set wired in score.ts (sealed28 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s28-')),
  unlabelled: 'Cost center 41309 supply variance',
});
