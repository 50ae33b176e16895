/** Structure of the hundred-and-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed103 } from '../corpus/sealed103';

describeSealedSet({
  name: 'sealed103',
  set: sealed103,
  prefix: 's103-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s103-')),
  unlabelled: 'Redetermination request — the line billed as 64712 was denied CO-50, please reconsider',
});
