/** Structure of the hundred-and-fortieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed140 } from '../corpus/sealed140';

describeSealedSet({
  name: 'sealed140',
  set: sealed140,
  prefix: 's140-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s140-')),
  unlabelled:
    'Appeal A27-0311: the Trustees granted eligibility for May; reprocess neuroplasty 64712-RT and the facility claim',
});
