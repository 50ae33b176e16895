/** Structure of the hundred-and-eighteenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed118 } from '../corpus/sealed118';

describeSealedSet({
  name: 'sealed118',
  set: sealed118,
  prefix: 's118-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s118-')),
  unlabelled: 'Coverage analysis note: bill 64445 with Q1 and the NCT number when the block is routine care',
});
