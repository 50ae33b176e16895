/** Structure of the hundred-and-seventy-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed173 } from '../corpus/sealed173';

describeSealedSet({
  name: 'sealed173',
  set: sealed173,
  prefix: 's173-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s173-')),
  unlabelled: '64612 — Chemodenervation (usually Botox) of the muscles served by the facial nerve, one side.',
});
