/** Structure of the hundred-and-forty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed145 } from '../corpus/sealed145';

describeSealedSet({
  name: 'sealed145',
  set: sealed145,
  prefix: 's145-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s145-')),
  unlabelled: 'Not incident-to: the NP performed 64445 at Saint Albans on 03/12 while no physician was in the suite',
});
