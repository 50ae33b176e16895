/** Structure of the second sealed corpus set (issue 11; tuning data since its misses led to rules). */
import { TUNING_SET } from '../corpus/score';
import { sealed } from '../corpus/sealed';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed2 } from '../corpus/sealed2';

describeSealedSet({
  name: 'sealed2',
  set: sealed2,
  prefix: 's2-',
  others: [...TUNING_SET, ...sealed],
  unlabelled: 'Lockbox 64199',
});
