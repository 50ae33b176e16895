/** Structure of the hundred-and-forty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed143 } from '../corpus/sealed143';

describeSealedSet({
  name: 'sealed143',
  set: sealed143,
  prefix: 's143-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s143-')),
  unlabelled:
    'A 1003 Patient #4 had a right popliteal sciatic nerve block on 04/22/27; Facility ID 64445; Event ID 7KQ411',
});
