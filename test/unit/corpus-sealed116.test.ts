/** Structure of the hundred-and-sixteenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed116 } from '../corpus/sealed116';

describeSealedSet({
  name: 'sealed116',
  set: sealed116,
  prefix: 's116-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s116-')),
  unlabelled: 'Medical policy committee: the draft lists 64712 as medically necessary when criteria I.a–I.d are met',
});
