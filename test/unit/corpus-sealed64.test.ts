/** Structure of the sixty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed64 } from '../corpus/sealed64';

describeSealedSet({
  name: 'sealed64',
  set: sealed64,
  prefix: 's64-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s64-')),
  unlabelled: 'Fee schedule request — please quote our allowable for 64712 at this location',
});
