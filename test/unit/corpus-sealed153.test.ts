/** Structure of the hundred-and-fifty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed153 } from '../corpus/sealed153';

describeSealedSet({
  name: 'sealed153',
  set: sealed153,
  prefix: 's153-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s153-')),
  unlabelled:
    'Esta aprobación es válida para la neuroplastia del nervio ciático (código 64712) en el hospital ambulatorio.',
});
