/** Structure of the third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed3 } from '../corpus/sealed3';

describeSealedSet({
  name: 'sealed3',
  set: sealed3,
  prefix: 's3-',
  // Every corpus set: describeSealedSet leaves out the set's own snippets, wherever score.ts has wired it.
  others: [...TUNING_SET, ...SEALED_SET],
  unlabelled: 'Cost center 60944',
});
