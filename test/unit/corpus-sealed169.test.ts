/** Structure of the hundred-and-sixty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed169 } from '../corpus/sealed169';

describeSealedSet({
  name: 'sealed169',
  set: sealed169,
  prefix: 's169-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s169-')),
  unlabelled: 'Please send: office notes, consults, operative reports (incl. sciatic neurolysis 64712 and lumbar',
});
