/** Structure of the hundred-and-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed109 } from '../corpus/sealed109';

describeSealedSet({
  name: 'sealed109',
  set: sealed109,
  prefix: 's109-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s109-')),
  unlabelled: 'ADR response reminder: records for 64632 claims must reach the MAC within 45 days of the letter',
});
