/** Structure of the hundred-and-twenty-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed121 } from '../corpus/sealed121';

describeSealedSet({
  name: 'sealed121',
  set: sealed121,
  prefix: 's121-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s121-')),
  unlabelled: 'Railroad Medicare redetermination: the sciatic block 64445 was upheld after the note was sent',
});
