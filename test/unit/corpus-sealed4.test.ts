/** Structure of the fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed4 } from '../corpus/sealed4';

describeSealedSet({
  name: 'sealed4',
  set: sealed4,
  prefix: 's4-',
  // Every corpus set: describeSealedSet leaves out the set's own snippets, wherever score.ts has wired it.
  others: [...TUNING_SET, ...SEALED_SET],
  unlabelled: 'Cost center 60944',
});
