/** Structure of the hundred-and-fifteenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed115 } from '../corpus/sealed115';

describeSealedSet({
  name: 'sealed115',
  set: sealed115,
  prefix: 's115-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s115-')),
  unlabelled: 'SCR note: principal CPT entered as 64712 after the audit; resubmit with the next upload batch',
});
