/** Structure of the twenty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed24 } from '../corpus/sealed24';

describeSealedSet({
  name: 'sealed24',
  set: sealed24,
  prefix: 's24-',
  // Every other corpus set wired in score.ts (sealed24 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s24-')),
  unlabelled: 'Implant log case 36147 lot AGP-2040',
});
