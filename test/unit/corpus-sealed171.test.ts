/** Structure of the hundred-and-seventy-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed171 } from '../corpus/sealed171';

describeSealedSet({
  name: 'sealed171',
  set: sealed171,
  prefix: 's171-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s171-')),
  unlabelled: 'LX*1~SV1*HC:64612:50*598*UN*1***1~DTP*472*D8*20260120~',
});
