/** Structure of the hundred-and-forty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed146 } from '../corpus/sealed146';

describeSealedSet({
  name: 'sealed146',
  set: sealed146,
  prefix: 's146-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s146-')),
  unlabelled:
    'ERROR [EHR_DFT_Pain_In Source] transformer: No CPT for CDM 3612445 (PR1-3 says 64445); FT1-25 left blank',
});
