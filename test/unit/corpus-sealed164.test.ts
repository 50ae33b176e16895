/** Structure of the hundred-and-sixty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed164 } from '../corpus/sealed164';

describeSealedSet({
  name: 'sealed164',
  set: sealed164,
  prefix: 's164-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s164-')),
  unlabelled:
    'The itemized statement shows charges for the lumbar plexus neuroplasty billed as CPT 64714 on 06/18/2024',
});
