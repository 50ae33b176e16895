/** Structure of the forty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed46 } from '../corpus/sealed46';

describeSealedSet({
  name: 'sealed46',
  set: sealed46,
  prefix: 's46-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s46-')),
  unlabelled: 'Map set RB-CPT-SCT — loaded 12389 rows, 42 rejected',
});
