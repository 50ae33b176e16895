/** Structure of the forty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed49 } from '../corpus/sealed49';

describeSealedSet({
  name: 'sealed49',
  set: sealed49,
  prefix: 's49-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s49-')),
  unlabelled: 'Stop-loss specific request — claimant key 27087, paid since last report $61,204',
});
