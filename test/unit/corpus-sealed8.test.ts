/** Structure of the eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed8 } from '../corpus/sealed8';

describeSealedSet({
  name: 'sealed8',
  set: sealed8,
  prefix: 's8-',
  // Every corpus set: describeSealedSet leaves out the set's own snippets, wherever score.ts has wired it.
  others: [...TUNING_SET, ...SEALED_SET],
  unlabelled: 'Deposit slip 30765',
});
