/** Structure of the second sealed corpus set (issue 11; tuning data since its misses led to rules). */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed2 } from '../corpus/sealed2';

describeSealedSet({
  name: 'sealed2',
  set: sealed2,
  prefix: 's2-',
  // Every corpus set: describeSealedSet leaves out the set's own snippets, wherever score.ts has wired it.
  others: [...TUNING_SET, ...SEALED_SET],
  unlabelled: 'Lockbox 64199',
});
