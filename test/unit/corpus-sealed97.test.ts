/** Structure of the ninety-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed97 } from '../corpus/sealed97';

describeSealedSet({
  name: 'sealed97',
  set: sealed97,
  prefix: 's97-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s97-')),
  unlabelled: 'Pre-certification request — sciatic nerve block 64445 for SHIP member',
});
