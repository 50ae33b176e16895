/** Structure of the hundred-and-eighty-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed183 } from '../corpus/sealed183';

describeSealedSet({
  name: 'sealed183',
  set: sealed183,
  prefix: 's183-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s183-')),
  unlabelled: 'Satisfied - Item: Response to Objection 2   Attachment(s): Obj2_response_table_64612_64615.pdf',
});
