/** Structure of the hundred-and-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed102 } from '../corpus/sealed102';

describeSealedSet({
  name: 'sealed102',
  set: sealed102,
  prefix: 's102-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s102-')),
  unlabelled: 'Scrubber note — line 1 rev 0360 carries 64712 and needs laterality before release',
});
