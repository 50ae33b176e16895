/** Structure of the tenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed10 } from '../corpus/sealed10';

describeSealedSet({
  name: 'sealed10',
  set: sealed10,
  prefix: 's10-',
  // Every corpus set: describeSealedSet leaves out the set's own snippets, wherever score.ts has wired it.
  others: [...TUNING_SET, ...SEALED_SET],
  unlabelled: 'Batch 26251',
});
