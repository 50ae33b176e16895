/** Structure of the forty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed42 } from '../corpus/sealed42';

describeSealedSet({
  name: 'sealed42',
  set: sealed42,
  prefix: 's42-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s42-')),
  unlabelled: 'Remittance advice — check no. 10488, recipient county 034',
});
