/** Structure of the hundred-and-seventy-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed178 } from '../corpus/sealed178';

describeSealedSet({
  name: 'sealed178',
  set: sealed178,
  prefix: 's178-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s178-')),
  unlabelled: '  11/04/26  64712  RT  1   BILLED 2,140.00   ALLOWED 1,318.62   PAID 0.00   STATUS: HELD – VERIFY',
});
