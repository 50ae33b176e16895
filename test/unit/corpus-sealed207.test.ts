/** Structure of the two-hundred-and-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed207 } from '../corpus/sealed207';

describeSealedSet({
  name: 'sealed207',
  set: sealed207,
  prefix: 's207-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s207-')),
  unlabelled:
    'Lockbox P.O. Box [64712] · Top denied code: {64714} (CO-50) · Claim 37-1 CPT 64632 lines disputed by the trustee.',
});
