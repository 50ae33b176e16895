/** Structure of the forty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed44 } from '../corpus/sealed44';

describeSealedSet({
  name: 'sealed44',
  set: sealed44,
  prefix: 's44-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s44-')),
  unlabelled: 'Injection map — Xeomin vial lot 31094, 20 U to the left orbicularis oculi',
});
