/** Structure of the hundred-and-twenty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed125 } from '../corpus/sealed125';

describeSealedSet({
  name: 'sealed125',
  set: sealed125,
  prefix: 's125-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s125-')),
  unlabelled:
    'Consolidated billing: the physician bills 64445 to Part B; the bupivacaine stays on the SNF Part A claim',
});
