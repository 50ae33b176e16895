/** Structure of the ninety-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed96 } from '../corpus/sealed96';

describeSealedSet({
  name: 'sealed96',
  set: sealed96,
  prefix: 's96-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s96-')),
  unlabelled: 'Prior authorization request: pudendal nerve neurolysis 64630, member ZIP on file',
});
