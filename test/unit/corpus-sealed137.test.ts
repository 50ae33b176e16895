/** Structure of the hundred-and-thirty-seventh sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed137 } from '../corpus/sealed137';

describeSealedSet({
  name: 'sealed137',
  set: sealed137,
  prefix: 's137-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s137-')),
  unlabelled: 'Case A126114472: the plan now asks NorthSpan to review 64712 before the date of service',
});
