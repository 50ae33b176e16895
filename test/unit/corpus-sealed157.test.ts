/** Structure of the hundred-and-fifty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed157 } from '../corpus/sealed157';

describeSealedSet({
  name: 'sealed157',
  set: sealed157,
  prefix: 's157-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s157-')),
  unlabelled: 'Claim #41087 · Apr 22, 2026 · Neuroplasty, lumbar plexus · Reprocessed · You may owe $174.82',
});
