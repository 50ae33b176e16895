/** Structure of the forty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed48 } from '../corpus/sealed48';

describeSealedSet({
  name: 'sealed48',
  set: sealed48,
  prefix: 's48-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s48-')),
  unlabelled: 'Collection log — donor ID 33918, specimen 2041699, DOT UDS, random',
});
