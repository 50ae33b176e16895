/** Structure of the hundred-and-twelfth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed112 } from '../corpus/sealed112';

describeSealedSet({
  name: 'sealed112',
  set: sealed112,
  prefix: 's112-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s112-')),
  unlabelled: 'Encounter edit 2047 now rejects 64632 lines sent with toe modifiers; resubmit with RT or LT',
});
