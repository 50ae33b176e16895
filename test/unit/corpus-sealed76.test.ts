/** Structure of the seventy-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed76 } from '../corpus/sealed76';

describeSealedSet({
  name: 'sealed76',
  set: sealed76,
  prefix: 's76-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s76-')),
  unlabelled: 'Data quality report: MC058 top value 64712 on the medical claim file this quarter',
});
