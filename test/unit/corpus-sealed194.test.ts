/** Structure of the hundred-and-ninety-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed194 } from '../corpus/sealed194';

describeSealedSet({
  name: 'sealed194',
  set: sealed194,
  prefix: 's194-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s194-')),
  unlabelled: 'T118 FAIL: line 2 64445 paid $89.90; expected CARC 97 / M144 from the global-package edit.',
});
