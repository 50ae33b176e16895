/** Structure of the hundred-and-eleventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed111 } from '../corpus/sealed111';

describeSealedSet({
  name: 'sealed111',
  set: sealed111,
  prefix: 's111-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s111-')),
  unlabelled: 'Month-end note: Cigna denied 64445 on six claims billed with the neuroplasty the same day',
});
