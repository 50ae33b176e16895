/** Structure of the hundred-and-seventy-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed175 } from '../corpus/sealed175';

describeSealedSet({
  name: 'sealed175',
  set: sealed175,
  prefix: 's175-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s175-')),
  unlabelled: 'and 07/28/2027 (J0585, 50 units). Next scheduled 64612: 10/20/2027. Frequency unchanged.',
});
