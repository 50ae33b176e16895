/** Structure of the hundred-and-thirty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed134 } from '../corpus/sealed134';

describeSealedSet({
  name: 'sealed134',
  set: sealed134,
  prefix: 's134-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s134-')),
  unlabelled:
    'Covered Conduct: claims under CPT code 64712 for office hydrodissection, January 2017 through December 2022',
});
