/** Structure of the hundred-and-thirty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed138 } from '../corpus/sealed138';

describeSealedSet({
  name: 'sealed138',
  set: sealed138,
  prefix: 's138-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s138-')),
  unlabelled:
    'Section 2. A health insurance issuer may not require prior authorization for CPT code 64445 in an office',
});
