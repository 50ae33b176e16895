/** Structure of the hundred-and-thirty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed132 } from '../corpus/sealed132';

describeSealedSet({
  name: 'sealed132',
  set: sealed132,
  prefix: 's132-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s132-')),
  unlabelled: 'ENS alert: patient discharged after procedure 64712, follow up within 7 days',
});
