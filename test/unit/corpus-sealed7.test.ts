/** Structure of the seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed7 } from '../corpus/sealed7';

describeSealedSet({
  name: 'sealed7',
  set: sealed7,
  prefix: 's7-',
  // Every corpus set: describeSealedSet leaves out the set's own snippets, wherever score.ts has wired it.
  others: [...TUNING_SET, ...SEALED_SET],
  unlabelled: 'Locality ledger 52124',
});
