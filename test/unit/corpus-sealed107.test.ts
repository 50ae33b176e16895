/** Structure of the hundred-and-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed107 } from '../corpus/sealed107';

describeSealedSet({
  name: 'sealed107',
  set: sealed107,
  prefix: 's107-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s107-')),
  unlabelled: 'Large claim notice: claimant reached 50% of the specific deductible after sciatic neuroplasty 64712',
});
