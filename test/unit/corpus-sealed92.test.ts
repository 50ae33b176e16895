/** Structure of the ninety-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed92 } from '../corpus/sealed92';

describeSealedSet({
  name: 'sealed92',
  set: sealed92,
  prefix: 's92-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s92-')),
  unlabelled: 'Charge ticket returned — assistant line for 64714 needs modifier 80, not AS',
});
