/** Structure of the hundred-and-ninety-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed191 } from '../corpus/sealed191';

describeSealedSet({
  name: 'sealed191',
  set: sealed191,
  prefix: 's191-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s191-')),
  unlabelled: 'Consent Order: Respondent shall not bill 64712 or 64714 except in a licensed hospital or ASC.',
});
