/** Structure of the ninety-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed93 } from '../corpus/sealed93';

describeSealedSet({
  name: 'sealed93',
  set: sealed93,
  prefix: 's93-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s93-')),
  unlabelled: 'After your video visit we sent the referral for 64445 to the partner center',
});
