/** Structure of the thirty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed38 } from '../corpus/sealed38';

describeSealedSet({
  name: 'sealed38',
  set: sealed38,
  prefix: 's38-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s38-')),
  unlabelled: 'Fee schedule exhibit — claims to PO Box 4471, Kansas City, MO 64141',
});
