/** Structure of the fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed5 } from '../corpus/sealed5';

describeSealedSet({
  name: 'sealed5',
  set: sealed5,
  prefix: 's5-',
  // Every corpus set: describeSealedSet leaves out the set's own snippets, wherever score.ts has wired it.
  others: [...TUNING_SET, ...SEALED_SET],
  unlabelled: 'Ledger account 61049',
});
