/** Structure of the hundred-and-nineteenth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed119 } from '../corpus/sealed119';

describeSealedSet({
  name: 'sealed119',
  set: sealed119,
  prefix: 's119-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s119-')),
  unlabelled: 'Charge Review: session held, 64712 RT billed with an unsigned operative note',
});
