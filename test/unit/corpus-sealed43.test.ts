/** Structure of the forty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed43 } from '../corpus/sealed43';

describeSealedSet({
  name: 'sealed43',
  set: sealed43,
  prefix: 's43-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s43-')),
  unlabelled: 'Payroll register — EMPLID 29841, ERNCD REG, hours 86.67',
});
