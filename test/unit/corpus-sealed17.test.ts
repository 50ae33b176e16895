/** Structure of the seventeenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed17 } from '../corpus/sealed17';

describeSealedSet({
  name: 'sealed17',
  set: sealed17,
  prefix: 's17-',
  // Every other corpus set wired in score.ts (sealed17 itself is in TUNING_SET now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s17-')),
  unlabelled: 'Batch total 31882',
});
