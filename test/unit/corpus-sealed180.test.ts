/** Structure of the hundred-and-eightieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed180 } from '../corpus/sealed180';

describeSealedSet({
  name: 'sealed180',
  set: sealed180,
  prefix: 's180-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s180-')),
  unlabelled: 'including open neurolysis of the sciatic nerve (CPT 64712) and of the lumbar plexus (CPT 64714).',
});
