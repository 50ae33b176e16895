/** Structure of the eighty-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed81 } from '../corpus/sealed81';

describeSealedSet({
  name: 'sealed81',
  set: sealed81,
  prefix: 's81-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s81-')),
  unlabelled: 'Open negotiation notice — our offer for 64712 furnished 12/19/2024 is attached',
});
