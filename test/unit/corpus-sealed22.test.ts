/** Structure of the twenty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed22 } from '../corpus/sealed22';

describeSealedSet({
  name: 'sealed22',
  set: sealed22,
  prefix: 's22-',
  // Every other corpus set wired in score.ts (sealed22 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s22-')),
  unlabelled: 'Bill review EOR 57148',
});
