/** Structure of the hundred-and-ninety-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed197 } from '../corpus/sealed197';

describeSealedSet({
  name: 'sealed197',
  set: sealed197,
  prefix: 's197-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s197-')),
  unlabelled:
    'Temporary 100% under 38 CFR 4.30 denied: surgery 64712 on 03/14/2023 was more than one year before the ITF.',
});
