/** Structure of the hundred-and-seventy-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed177 } from '../corpus/sealed177';

describeSealedSet({
  name: 'sealed177',
  set: sealed177,
  prefix: 's177-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s177-')),
  unlabelled: '  (client read the codes off the surgery scheduler\'s note: "64712, 64445, maybe 64714")',
});
