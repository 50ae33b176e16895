/** Structure of the hundred-and-fiftieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed150 } from '../corpus/sealed150';

describeSealedSet({
  name: 'sealed150',
  set: sealed150,
  prefix: 's150-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s150-')),
  unlabelled:
    'Keystone Recovery Partners is a debt collector. Mail your payment to PO Box 64445, Dayton, OH 45401 today',
});
