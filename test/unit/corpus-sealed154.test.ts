/** Structure of the hundred-and-fifty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed154 } from '../corpus/sealed154';

describeSealedSet({
  name: 'sealed154',
  set: sealed154,
  prefix: 's154-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s154-')),
  unlabelled:
    'Halyard will laser claimant 28436 at $250,000 given ongoing treatment after neuroplasty of the sciatic nerve',
});
