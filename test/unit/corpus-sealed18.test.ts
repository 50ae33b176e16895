/** Structure of the eighteenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed18 } from '../corpus/sealed18';

describeSealedSet({
  name: 'sealed18',
  set: sealed18,
  prefix: 's18-',
  // Every other corpus set wired in score.ts (sealed18 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s18-')),
  unlabelled: 'Batch total 31882',
});
