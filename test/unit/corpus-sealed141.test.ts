/** Structure of the hundred-and-forty-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed141 } from '../corpus/sealed141';

describeSealedSet({
  name: 'sealed141',
  set: sealed141,
  prefix: 's141-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s141-')),
  unlabelled:
    'Dr. Achterberg will cover the pain clinic in Trenton, MO 64683 on Fridays and bill under Dr. Marwood with Q6',
});
