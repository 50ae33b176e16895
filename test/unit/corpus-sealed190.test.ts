/** Structure of the hundred-and-ninetieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed190 } from '../corpus/sealed190';

describeSealedSet({
  name: 'sealed190',
  set: sealed190,
  prefix: 's190-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s190-')),
  unlabelled: 'WARNING Line 1: 64712 is an open procedure; global period 090 — verify no E/M billed in global.',
});
