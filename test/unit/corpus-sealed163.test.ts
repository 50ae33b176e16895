/** Structure of the hundred-and-sixty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed163 } from '../corpus/sealed163';

describeSealedSet({
  name: 'sealed163',
  set: sealed163,
  prefix: 's163-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s163-')),
  unlabelled: 'Cadence Outcomes 26.4: episode triggers now accept a space before the modifier, as in 64632 LT',
});
