/** Structure of the sixty-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed61 } from '../corpus/sealed61';

describeSealedSet({
  name: 'sealed61',
  set: sealed61,
  prefix: 's61-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s61-')),
  unlabelled: 'Activity 1: Type 3, Code 64712, Qty 1 — facility P.O. Box on file',
});
