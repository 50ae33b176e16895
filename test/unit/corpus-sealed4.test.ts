/** Structure of the fourth sealed corpus set (issue 11). Never calls the detector. */
import { heldout } from '../corpus/heldout';
import { heldout2 } from '../corpus/heldout2';
import { sealed } from '../corpus/sealed';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed2 } from '../corpus/sealed2';
import { sealed3 } from '../corpus/sealed3';
import { sealed4 } from '../corpus/sealed4';
import { tuning } from '../corpus/tuning';
import { tuning2 } from '../corpus/tuning2';
import { tuning3 } from '../corpus/tuning3';
import { tuning4 } from '../corpus/tuning4';
import { tuning5 } from '../corpus/tuning5';

describeSealedSet({
  name: 'sealed4',
  set: sealed4,
  prefix: 's4-',
  // Every other corpus file, imported one by one so wiring a set into score.ts changes nothing here.
  others: [
    ...tuning,
    ...heldout,
    ...heldout2,
    ...tuning2,
    ...tuning3,
    ...tuning4,
    ...tuning5,
    ...sealed,
    ...sealed2,
    ...sealed3,
  ],
  unlabelled: 'Cost center 60944',
});
