/** Structure of the hundred-and-sixty-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed161 } from '../corpus/sealed161';

describeSealedSet({
  name: 'sealed161',
  set: sealed161,
  prefix: 's161-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s161-')),
  unlabelled: 'Appealed with this wording, 64445-XU paid $88.17 on reprocessing. Thank you! – kwinslow_CPC Oct 29',
});
