/** Structure of the hundred-and-thirty-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed131 } from '../corpus/sealed131';

describeSealedSet({
  name: 'sealed131',
  set: sealed131,
  prefix: 's131-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s131-')),
  unlabelled: 'Dictated: bill 64445 with ultrasound, left side; job on hold for a blank',
});
