/** Structure of the sixty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed67 } from '../corpus/sealed67';

describeSealedSet({
  name: 'sealed67',
  set: sealed67,
  prefix: 's67-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s67-')),
  unlabelled: 'Peer-to-peer confirmed — service under review is sciatic neuroplasty 64712, right',
});
