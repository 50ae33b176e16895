/** Structure of the hundred-and-fifty-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed151 } from '../corpus/sealed151';

describeSealedSet({
  name: 'sealed151',
  set: sealed151,
  prefix: 's151-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s151-')),
  unlabelled:
    'Denied: neuroplasty of the lumbar plexus, CPT 64714, not medically necessary per peer review (NF-10 box 33)',
});
