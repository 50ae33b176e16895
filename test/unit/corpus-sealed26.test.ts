/** Structure of the twenty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed20 } from '../corpus/sealed20';
import { sealed21 } from '../corpus/sealed21';
import { sealed22 } from '../corpus/sealed22';
import { sealed23 } from '../corpus/sealed23';
import { sealed24 } from '../corpus/sealed24';
import { sealed26 } from '../corpus/sealed26';

describeSealedSet({
  name: 'sealed26',
  set: sealed26,
  prefix: 's26-',
  // Every other corpus set: those wired in score.ts, plus sealed20–sealed24, which may not be wired yet.
  others: [...TUNING_SET, ...SEALED_SET, ...sealed20, ...sealed21, ...sealed22, ...sealed23, ...sealed24].filter(
    (s) => !s.kind.startsWith('s26-'),
  ),
  unlabelled: 'Federal Register / Vol. 90, No. 217 / page 49318',
});
