/** Structure of the thirty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed36 } from '../corpus/sealed36';

describeSealedSet({
  name: 'sealed36',
  set: sealed36,
  prefix: 's36-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s36-')),
  unlabelled: 'Care gap outreach list — member ZIP 64118 — colonoscopy due',
});
