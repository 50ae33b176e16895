/** Structure of the forty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed47 } from '../corpus/sealed47';

describeSealedSet({
  name: 'sealed47',
  set: sealed47,
  prefix: 's47-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s47-')),
  unlabelled: 'Case Log — Case ID 40565, Resident Role: Surgeon Chief',
});
