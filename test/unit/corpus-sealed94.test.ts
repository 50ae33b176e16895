/** Structure of the ninety-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed94 } from '../corpus/sealed94';

describeSealedSet({
  name: 'sealed94',
  set: sealed94,
  prefix: 's94-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s94-')),
  unlabelled: 'Leakage memo — the Leawood group billed 64712 for 58 assigned beneficiaries last year',
});
