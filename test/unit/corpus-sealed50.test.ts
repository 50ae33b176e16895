/** Structure of the fiftieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed50 } from '../corpus/sealed50';

describeSealedSet({
  name: 'sealed50',
  set: sealed50,
  prefix: 's50-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s50-')),
  unlabelled: 'Group attendance — Relapse Prevention, client no. 48112 present, 90 min',
});
