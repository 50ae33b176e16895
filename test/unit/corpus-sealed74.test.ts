/** Structure of the seventy-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed74 } from '../corpus/sealed74';

describeSealedSet({
  name: 'sealed74',
  set: sealed74,
  prefix: 's74-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s74-')),
  unlabelled: 'Reserve note — block billed as 64445 before the nerve injury; expert to review',
});
