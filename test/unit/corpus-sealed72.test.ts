/** Structure of the seventy-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed72 } from '../corpus/sealed72';

describeSealedSet({
  name: 'sealed72',
  set: sealed72,
  prefix: 's72-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s72-')),
  unlabelled: 'Chart review: face-to-face line 64445 validates the neuropathy diagnosis on this DOS',
});
