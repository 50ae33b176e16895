/** Structure of the eighty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed83 } from '../corpus/sealed83';

describeSealedSet({
  name: 'sealed83',
  set: sealed83,
  prefix: 's83-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s83-')),
  unlabelled: 'Benefit investigation — prior authorization required for 64555 at this ASC',
});
