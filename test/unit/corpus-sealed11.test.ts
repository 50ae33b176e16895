/** Structure of the eleventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed11 } from '../corpus/sealed11';

describeSealedSet({
  name: 'sealed11',
  set: sealed11,
  prefix: 's11-',
  // Every corpus set: describeSealedSet leaves out the set's own snippets, wherever score.ts has wired it.
  others: [...TUNING_SET, ...SEALED_SET],
  unlabelled: 'Batch 26251',
});
