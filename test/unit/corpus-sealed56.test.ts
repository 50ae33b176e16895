/** Structure of the fifty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed56 } from '../corpus/sealed56';

describeSealedSet({
  name: 'sealed56',
  set: sealed56,
  prefix: 's56-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s56-')),
  unlabelled: 'Neuroma superbill — 64455 LT, ZIP on file',
});
