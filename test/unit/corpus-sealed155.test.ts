/** Structure of the hundred-and-fifty-fifth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed155 } from '../corpus/sealed155';

describeSealedSet({
  name: 'sealed155',
  set: sealed155,
  prefix: 's155-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s155-')),
  unlabelled:
    'Exhibit C — Services Requiring Prior Authorization: neuroplasty of the sciatic nerve, CPT 64712, 7 d / 72 h',
});
