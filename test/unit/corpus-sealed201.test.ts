/** Structure of the two-hundred-and-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed201 } from '../corpus/sealed201';

describeSealedSet({
  name: 'sealed201',
  set: sealed201,
  prefix: 's201-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s201-')),
  unlabelled: 'Licensee ID 64612 · Agreement DLA-41084 · Status: Under audit',
});
