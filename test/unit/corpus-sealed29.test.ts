/** Structure of the twenty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed29 } from '../corpus/sealed29';

describeSealedSet({
  name: 'sealed29',
  set: sealed29,
  prefix: 's29-',
  // Every other corpus set wired in score.ts (sealed29 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s29-')),
  unlabelled: 'Overpayment demand 33421 on sampled claims',
});
