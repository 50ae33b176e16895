/** Structure of the hundred-and-thirty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed135 } from '../corpus/sealed135';

describeSealedSet({
  name: 'sealed135',
  set: sealed135,
  prefix: 's135-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s135-')),
  unlabelled:
    'Your plan uses reference based pricing; the ASC was paid 150% of Medicare for 64712, call Member Advocacy',
});
