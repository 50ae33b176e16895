/** Structure of the hundred-and-sixty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed168 } from '../corpus/sealed168';

describeSealedSet({
  name: 'sealed168',
  set: sealed168,
  prefix: 's168-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s168-')),
  unlabelled: 'Codes affected: 64712, 64714 (revision); related family 64702–64727',
});
