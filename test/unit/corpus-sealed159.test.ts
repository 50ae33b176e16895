/** Structure of the hundred-and-fifty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed159 } from '../corpus/sealed159';

describeSealedSet({
  name: 'sealed159',
  set: sealed159,
  prefix: 's159-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s159-')),
  unlabelled:
    'Back-entered from paper ticket after the downtime: sciatic nerve block 64445 RT, posted 10/20/2026 by HIM',
});
