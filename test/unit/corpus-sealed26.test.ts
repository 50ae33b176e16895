/** Structure of the twenty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed26 } from '../corpus/sealed26';

describeSealedSet({
  name: 'sealed26',
  set: sealed26,
  prefix: 's26-',
  // Every other corpus set wired in score.ts (sealed26 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s26-')),
  unlabelled: 'Federal Register / Vol. 90, No. 217 / page 49318',
});
