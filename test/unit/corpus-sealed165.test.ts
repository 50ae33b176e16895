/** Structure of the hundred-and-sixty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed165 } from '../corpus/sealed165';

describeSealedSet({
  name: 'sealed165',
  set: sealed165,
  prefix: 's165-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s165-')),
  unlabelled:
    'Same-week access: we now schedule 64445 sciatic nerve blocks within 5 business days at Lakemont Regional',
});
