/** Structure of the hundred-and-thirtieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed130 } from '../corpus/sealed130';

describeSealedSet({
  name: 'sealed130',
  set: sealed130,
  prefix: 's130-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s130-')),
  unlabelled: 'Your card purchase at Olentangy Foot & Ankle for 64632 needs an itemized receipt by April 28',
});
