/** Structure of the sixty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed62 } from '../corpus/sealed62';

describeSealedSet({
  name: 'sealed62',
  set: sealed62,
  prefix: 's62-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s62-')),
  unlabelled: 'Botox chronic migraine 155 U — 64615 once, lot C3 on file',
});
