/** Structure of the hundred-and-ninety-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed195 } from '../corpus/sealed195';

describeSealedSet({
  name: 'sealed195',
  set: sealed195,
  prefix: 's195-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s195-')),
  unlabelled: 'Rebill 64445 without 76942 (Raman, 6 pts) · GPM appeals PO Box 64632 · due Mar 10',
});
