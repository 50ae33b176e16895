/** Structure of the fifty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed54 } from '../corpus/sealed54';

describeSealedSet({
  name: 'sealed54',
  set: sealed54,
  prefix: 's54-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s54-')),
  unlabelled: 'PT daily note — 97110 x2 units, 8-minute rule applied',
});
