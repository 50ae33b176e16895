/** Structure of the hundred-and-seventy-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed179 } from '../corpus/sealed179';

describeSealedSet({
  name: 'sealed179',
  set: sealed179,
  prefix: 's179-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s179-')),
  unlabelled: 'Scheduled procedure(s): 64445 Injection, anesthetic agent; sciatic nerve, single; 76942 US guidance',
});
