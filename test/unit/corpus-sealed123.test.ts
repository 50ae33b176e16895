/** Structure of the hundred-and-twenty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed123 } from '../corpus/sealed123';

describeSealedSet({
  name: 'sealed123',
  set: sealed123,
  prefix: 's123-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s123-')),
  unlabelled: 'Agent note: caller read the code from her order as 64445 and asked whether Quartz needs an auth',
});
