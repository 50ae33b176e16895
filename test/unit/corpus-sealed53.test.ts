/** Structure of the fifty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed53 } from '../corpus/sealed53';

describeSealedSet({
  name: 'sealed53',
  set: sealed53,
  prefix: 's53-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s53-')),
  unlabelled: 'Infusion charge capture — 96413 x1, acct on file',
});
