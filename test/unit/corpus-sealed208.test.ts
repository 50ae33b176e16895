/** Structure of the two-hundred-and-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed208 } from '../corpus/sealed208';

describeSealedSet({
  name: 'sealed208',
  set: sealed208,
  prefix: 's208-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s208-')),
  unlabelled: 'CoC approved through 07/29/2027 for 64714 and 64727; member ZIP 48133, case COC-26632.',
});
