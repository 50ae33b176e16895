/** Structure of the hundred-and-thirteenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed113 } from '../corpus/sealed113';

describeSealedSet({
  name: 'sealed113',
  set: sealed113,
  prefix: 's113-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s113-')),
  unlabelled: 'CMS increased the WCMSA to fund two sciatic blocks a year, CPT 64445, for the rated life expectancy',
});
