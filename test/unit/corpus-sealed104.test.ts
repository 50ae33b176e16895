/** Structure of the hundred-and-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed104 } from '../corpus/sealed104';

describeSealedSet({
  name: 'sealed104',
  set: sealed104,
  prefix: 's104-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s104-')),
  unlabelled: 'Reimbursement policy update: claims for 64712 billed with modifier 50 will deny from April 1',
});
