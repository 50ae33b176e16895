/** Structure of the fifty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed55 } from '../corpus/sealed55';

describeSealedSet({
  name: 'sealed55',
  set: sealed55,
  prefix: 's55-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s55-')),
  unlabelled: 'Surgical pathology — 88305 x2, accession on file',
});
