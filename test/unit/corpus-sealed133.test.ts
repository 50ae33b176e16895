/** Structure of the hundred-and-thirty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed133 } from '../corpus/sealed133';

describeSealedSet({
  name: 'sealed133',
  set: sealed133,
  prefix: 's133-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s133-')),
  unlabelled: 'Credentials Committee: neuroplasty privileges (64714) held pending the case log from Meriter',
});
