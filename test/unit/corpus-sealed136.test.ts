/** Structure of the hundred-and-thirty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed136 } from '../corpus/sealed136';

describeSealedSet({
  name: 'sealed136',
  set: sealed136,
  prefix: 's136-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s136-')),
  unlabelled: 'Coding audit finding: neuroplasty billed as 64714 where the op note supports the sciatic nerve',
});
