/** Structure of the twenty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed20 } from '../corpus/sealed20';
import { sealed21 } from '../corpus/sealed21';
import { sealed22 } from '../corpus/sealed22';

describeSealedSet({
  name: 'sealed22',
  set: sealed22,
  prefix: 's22-',
  // Every other corpus set: those wired in score.ts, plus sealed20 and sealed21, which are not wired yet.
  others: [...TUNING_SET, ...SEALED_SET, ...sealed20, ...sealed21].filter((s) => !s.kind.startsWith('s22-')),
  unlabelled: 'Bill review EOR 57148',
});
