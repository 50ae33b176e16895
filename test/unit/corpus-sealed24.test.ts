/** Structure of the twenty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed20 } from '../corpus/sealed20';
import { sealed21 } from '../corpus/sealed21';
import { sealed22 } from '../corpus/sealed22';
import { sealed24 } from '../corpus/sealed24';

describeSealedSet({
  name: 'sealed24',
  set: sealed24,
  prefix: 's24-',
  // Every other corpus set: those wired in score.ts, plus sealed20, sealed21 and sealed22 listed explicitly.
  others: [...TUNING_SET, ...SEALED_SET, ...sealed20, ...sealed21, ...sealed22].filter(
    (s) => !s.kind.startsWith('s24-'),
  ),
  unlabelled: 'Implant log case 36147 lot AGP-2040',
});
