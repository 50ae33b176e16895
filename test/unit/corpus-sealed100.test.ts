/** Structure of the hundredth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed100 } from '../corpus/sealed100';

describeSealedSet({
  name: 'sealed100',
  set: sealed100,
  prefix: 's100-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s100-')),
  unlabelled: 'Itemized bill line: 11/21/2024 neuroplasty sciatic nerve 64712 1 unit, please share with my need',
});
