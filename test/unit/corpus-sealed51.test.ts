/** Structure of the fifty-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed51 } from '../corpus/sealed51';

describeSealedSet({
  name: 'sealed51',
  set: sealed51,
  prefix: 's51-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s51-')),
  unlabelled: 'DNFB worklist — HAR 65036, discharged 03/09, DNFB days 6, hold: CDI query open',
});
