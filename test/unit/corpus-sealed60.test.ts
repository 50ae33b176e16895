/** Structure of the sixtieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed60 } from '../corpus/sealed60';

describeSealedSet({
  name: 'sealed60',
  set: sealed60,
  prefix: 's60-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s60-')),
  unlabelled: 'Admin CPT 64612 with J0585 — see hub BV summary',
});
