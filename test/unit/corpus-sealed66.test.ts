/** Structure of the sixty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed66 } from '../corpus/sealed66';

describeSealedSet({
  name: 'sealed66',
  set: sealed66,
  prefix: 's66-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s66-')),
  unlabelled: 'Lockbox deposit posted; the patient letter says the check is for 64445 only',
});
