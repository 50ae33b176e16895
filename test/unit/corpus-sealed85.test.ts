/** Structure of the eighty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed85 } from '../corpus/sealed85';

describeSealedSet({
  name: 'sealed85',
  set: sealed85,
  prefix: 's85-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s85-')),
  unlabelled: 'Coder feedback — the engine keeps suggesting 64712 when the op note names the tibial nerve',
});
