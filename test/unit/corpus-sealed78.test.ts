/** Structure of the seventy-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed78 } from '../corpus/sealed78';

describeSealedSet({
  name: 'sealed78',
  set: sealed78,
  prefix: 's78-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s78-')),
  unlabelled: 'Ticket update — the scrubber still holds 64712 when it is the only line on the claim',
});
