/** Structure of the hundred-and-forty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed142 } from '../corpus/sealed142';

describeSealedSet({
  name: 'sealed142',
  set: sealed142,
  prefix: 's142-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s142-')),
  unlabelled:
    'IVR: Your call reference number is 71205 dash 14. To hear this again press 1. To speak with a representative press 0.',
});
