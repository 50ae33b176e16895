/** Structure of the hundred-and-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed108 } from '../corpus/sealed108';

describeSealedSet({
  name: 'sealed108',
  set: sealed108,
  prefix: 's108-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s108-')),
  unlabelled: 'Benefit change log entry: add prior authorization for 64712 to service category 0431 from January 1',
});
