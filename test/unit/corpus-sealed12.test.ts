/** Structure of the twelfth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed12 } from '../corpus/sealed12';

describeSealedSet({
  name: 'sealed12',
  set: sealed12,
  prefix: 's12-',
  // Every corpus set: describeSealedSet leaves out the set's own snippets, wherever score.ts has wired it.
  others: [...TUNING_SET, ...SEALED_SET],
  unlabelled: 'Mailbox 50162',
});
