/** Structure of the hundred-and-seventy-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed176 } from '../corpus/sealed176';

describeSealedSet({
  name: 'sealed176',
  set: sealed176,
  prefix: 's176-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s176-')),
  unlabelled: 'Medical source statement completed by Dr. Sethuraman (billed as 99080) $75.00',
});
