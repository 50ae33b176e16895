/** Structure of the hundred-and-eighty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed187 } from '../corpus/sealed187';

describeSealedSet({
  name: 'sealed187',
  set: sealed187,
  prefix: 's187-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s187-')),
  unlabelled: 'sciatic nerve shots x3 (64445), EOBs attached',
});
