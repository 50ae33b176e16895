/** Structure of the forty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed45 } from '../corpus/sealed45';

describeSealedSet({
  name: 'sealed45',
  set: sealed45,
  prefix: 's45-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s45-')),
  unlabelled: 'CHAMPVA Claims, PO Box 469064, Denver, CO 80246-9064',
});
