/** Structure of the ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed9 } from '../corpus/sealed9';

describeSealedSet({
  name: 'sealed9',
  set: sealed9,
  prefix: 's9-',
  // Every corpus set: describeSealedSet leaves out the set's own snippets, wherever score.ts has wired it.
  others: [...TUNING_SET, ...SEALED_SET],
  unlabelled: 'Remit# 40716',
});
