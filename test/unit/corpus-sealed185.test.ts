/** Structure of the hundred-and-eighty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed185 } from '../corpus/sealed185';

describeSealedSet({
  name: 'sealed185',
  set: sealed185,
  prefix: 's185-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s185-')),
  unlabelled: 'facility fee 11/2/26 (64712 surgery)',
});
