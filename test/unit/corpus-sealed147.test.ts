/** Structure of the hundred-and-forty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed147 } from '../corpus/sealed147';

describeSealedSet({
  name: 'sealed147',
  set: sealed147,
  prefix: 's147-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s147-')),
  unlabelled: 'Line 2, CDM 27118, duplicate of line 1; the advocate asks St. Brendan to reverse it before any rebill',
});
