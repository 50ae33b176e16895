/** Structure of the hundred-and-twenty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed129 } from '../corpus/sealed129';

describeSealedSet({
  name: 'sealed129',
  set: sealed129,
  prefix: 's129-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s129-')),
  unlabelled: 'RA banner: prior authorization is required for 64632 on dates of service from 07/01/2026',
});
