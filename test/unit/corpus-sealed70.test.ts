/** Structure of the seventieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed70 } from '../corpus/sealed70';

describeSealedSet({
  name: 'sealed70',
  set: sealed70,
  prefix: 's70-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s70-')),
  unlabelled: 'Directory correction — Dr. Brennan no longer performs 64712 at the Grove City office',
});
