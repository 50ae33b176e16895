/** Structure of the hundred-and-seventeenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed117 } from '../corpus/sealed117';

describeSealedSet({
  name: 'sealed117',
  set: sealed117,
  prefix: 's117-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s117-')),
  unlabelled: 'Hospice addendum: facial chemodenervation 64612 is unrelated to the terminal diagnosis',
});
