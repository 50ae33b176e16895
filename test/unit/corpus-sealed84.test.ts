/** Structure of the eighty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed84 } from '../corpus/sealed84';

describeSealedSet({
  name: 'sealed84',
  set: sealed84,
  prefix: 's84-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s84-')),
  unlabelled: 'CDM line detail — HCPCS/CPT 64712 on charge line for the sciatic neuroplasty',
});
