/** Structure of the fifty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed52 } from '../corpus/sealed52';

describeSealedSet({
  name: 'sealed52',
  set: sealed52,
  prefix: 's52-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s52-')),
  unlabelled: 'Well-child superbill — 90460 x2, ZIP on file',
});
