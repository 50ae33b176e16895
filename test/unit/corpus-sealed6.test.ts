/** Structure of the sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed6 } from '../corpus/sealed6';

describeSealedSet({
  name: 'sealed6',
  set: sealed6,
  prefix: 's6-',
  // Every corpus set: describeSealedSet leaves out the set's own snippets, wherever score.ts has wired it.
  others: [...TUNING_SET, ...SEALED_SET],
  unlabelled: 'Cost centre 46097',
});
