/** Structure of the nineteenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed19 } from '../corpus/sealed19';

describeSealedSet({
  name: 'sealed19',
  set: sealed19,
  prefix: 's19-',
  // Every other corpus set wired in score.ts (sealed19 itself is in TUNING_SET now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s19-')),
  unlabelled: 'Remit batch 40877',
});
