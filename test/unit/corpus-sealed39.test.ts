/** Structure of the thirty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed39 } from '../corpus/sealed39';

describeSealedSet({
  name: 'sealed39',
  set: sealed39,
  prefix: 's39-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s39-')),
  unlabelled: 'Guarantor statement — remit to PO Box 40083, amount due $412.65',
});
