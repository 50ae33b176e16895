/** Structure of the hundred-and-ninety-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed196 } from '../corpus/sealed196';

describeSealedSet({
  name: 'sealed196',
  set: sealed196,
  prefix: 's196-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s196-')),
  unlabelled: 'Ticket 64712 — EOB lists a foot code for an infraorbital neurolysis; corrected claim requested.',
});
