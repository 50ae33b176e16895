/** Structure of the hundred-and-thirty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed139 } from '../corpus/sealed139';

describeSealedSet({
  name: 'sealed139',
  set: sealed139,
  prefix: 's139-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s139-')),
  unlabelled:
    'Our records show Medicare pays second; the employer plan, group 64712, paid first for the sciatic nerve block',
});
