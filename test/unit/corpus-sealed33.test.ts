/** Structure of the thirty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed33 } from '../corpus/sealed33';

describeSealedSet({
  name: 'sealed33',
  set: sealed33,
  prefix: 's33-',
  // Every other corpus set wired in score.ts (sealed33 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s33-')),
  unlabelled: 'Botox lot C41776C3 wasted 45 units',
});
