/** Structure of the hundred-and-forty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed144 } from '../corpus/sealed144';

describeSealedSet({
  name: 'sealed144',
  set: sealed144,
  prefix: 's144-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s144-')),
  unlabelled:
    'Dental plans do not pay CPT 64612; send the masseter chemodenervation lines to the medical carrier instead',
});
