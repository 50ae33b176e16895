/** Structure of the hundred-and-eighty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed184 } from '../corpus/sealed184';

describeSealedSet({
  name: 'sealed184',
  set: sealed184,
  prefix: 's184-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s184-')),
  unlabelled: 'R-09  IF OCR page 1 contains "64612" OR "64615" OR "J0585"       THEN PA-NEURO, tag CHEMODENERV',
});
