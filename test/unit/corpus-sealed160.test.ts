/** Structure of the hundred-and-sixtieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed160 } from '../corpus/sealed160';

describeSealedSet({
  name: 'sealed160',
  set: sealed160,
  prefix: 's160-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s160-')),
  unlabelled: 'Veralis Neuro said NerveGuard procedures, billed under CPT 64712, grew 31% in the third quarter',
});
