/** Structure of the forty-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed41 } from '../corpus/sealed41';

describeSealedSet({
  name: 'sealed41',
  set: sealed41,
  prefix: 's41-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s41-')),
  unlabelled: 'Fluoro dose log — DAP 12540 mGy·cm², accession pending',
});
