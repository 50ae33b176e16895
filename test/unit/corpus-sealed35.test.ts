/** Structure of the thirty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed35 } from '../corpus/sealed35';

describeSealedSet({
  name: 'sealed35',
  set: sealed35,
  prefix: 's35-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s35-')),
  unlabelled: 'Showing 1–25 of 31842 claims',
});
