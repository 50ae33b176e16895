/** Structure of the hundred-and-fourteenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed114 } from '../corpus/sealed114';

describeSealedSet({
  name: 'sealed114',
  set: sealed114,
  prefix: 's114-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s114-')),
  unlabelled: 'Variance note: cost per case for 64712 rose 9.4% on longer OR time; see the P07 commentary',
});
