/** Structure of the ninetieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed90 } from '../corpus/sealed90';

describeSealedSet({
  name: 'sealed90',
  set: sealed90,
  prefix: 's90-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s90-')),
  unlabelled: 'SIU outlier note — the provider billed 64632 nine times per member this year',
});
