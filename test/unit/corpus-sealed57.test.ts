/** Structure of the fifty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed57 } from '../corpus/sealed57';

describeSealedSet({
  name: 'sealed57',
  set: sealed57,
  prefix: 's57-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s57-')),
  unlabelled: 'Anesthesia abstract — case [25118], surg proc 29881, base 4',
});
