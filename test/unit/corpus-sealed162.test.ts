/** Structure of the hundred-and-sixty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed162 } from '../corpus/sealed162';

describeSealedSet({
  name: 'sealed162',
  set: sealed162,
  prefix: 's162-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s162-')),
  unlabelled: 'Amount collected at check-in $77.20 · Applied: specialist copay and coinsurance est. for CPT 64445',
});
