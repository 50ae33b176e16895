/** Structure of the hundred-and-eighty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed182 } from '../corpus/sealed182';

describeSealedSet({
  name: 'sealed182',
  set: sealed182,
  prefix: 's182-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s182-')),
  unlabelled: 'sciatic nerve block (CPT 64445 with 76942) as a diagnostic test before surgical referral',
});
