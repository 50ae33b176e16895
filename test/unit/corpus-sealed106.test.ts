/** Structure of the hundred-and-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed106 } from '../corpus/sealed106';

describeSealedSet({
  name: 'sealed106',
  set: sealed106,
  prefix: 's106-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s106-')),
  unlabelled: 'CRD returned no card for 64445 on the order-sign hook; coverage-information said no-auth',
});
