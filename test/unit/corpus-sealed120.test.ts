/** Structure of the hundred-and-twentieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed120 } from '../corpus/sealed120';

describeSealedSet({
  name: 'sealed120',
  set: sealed120,
  prefix: 's120-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s120-')),
  unlabelled: 'Sample 058 was billed with two units of 64632 for a single plantar nerve',
});
