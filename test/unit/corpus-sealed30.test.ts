/** Structure of the thirtieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed30 } from '../corpus/sealed30';

describeSealedSet({
  name: 'sealed30',
  set: sealed30,
  prefix: 's30-',
  // Every other corpus set wired in score.ts (sealed30 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s30-')),
  unlabelled: 'Call ref 58831 from the Humana rep',
});
