/** Structure of the hundred-and-fifty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed156 } from '../corpus/sealed156';

describeSealedSet({
  name: 'sealed156',
  set: sealed156,
  prefix: 's156-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s156-')),
  unlabelled:
    'Dr. Okafor: can we add Amos to the April weekend? L lumbar plexus, needs GA, his ZIP is 64497 so 40 min drive',
});
