/** Structure of the hundred-and-twenty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed127 } from '../corpus/sealed127';

describeSealedSet({
  name: 'sealed127',
  set: sealed127,
  prefix: 's127-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s127-')),
  unlabelled: 'Explanation of review: line 1 neuroplasty 64712 reduced to the Texas fee guideline MAR',
});
