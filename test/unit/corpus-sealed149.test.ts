/** Structure of the hundred-and-forty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed149 } from '../corpus/sealed149';

describeSealedSet({
  name: 'sealed149',
  set: sealed149,
  prefix: 's149-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s149-')),
  unlabelled: 'Session B-21 sign-in: Ray Ibsen, CPC, clinic ZIP 64632, Morton neuroma neurolysis credited 1.0 CEU',
});
