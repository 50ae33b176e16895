/** Structure of the thirty-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed31 } from '../corpus/sealed31';

describeSealedSet({
  name: 'sealed31',
  set: sealed31,
  prefix: 's31-',
  // Every other corpus set wired in score.ts (sealed31 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s31-')),
  unlabelled: 'Webinar index number 28113 approved for 1.0 CEU',
});
