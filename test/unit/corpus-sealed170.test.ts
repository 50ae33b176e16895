/** Structure of the hundred-and-seventieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed170 } from '../corpus/sealed170';

describeSealedSet({
  name: 'sealed170',
  set: sealed170,
  prefix: 's170-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s170-')),
  unlabelled: '64712 or 64714, and the procedure notes for the 64445 injections Plaintiff contends were upcoded.',
});
