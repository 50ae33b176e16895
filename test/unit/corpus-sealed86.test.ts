/** Structure of the eighty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed86 } from '../corpus/sealed86';

describeSealedSet({
  name: 'sealed86',
  set: sealed86,
  prefix: 's86-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s86-')),
  unlabelled: 'Methods: procedures were identified with CPT 64445 in the 20% carrier file',
});
