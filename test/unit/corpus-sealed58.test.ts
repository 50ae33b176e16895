/** Structure of the fifty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed58 } from '../corpus/sealed58';

describeSealedSet({
  name: 'sealed58',
  set: sealed58,
  prefix: 's58-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s58-')),
  unlabelled: 'Lien ledger — 07/09/2024 sciatic neuroplasty, ref 88214',
});
