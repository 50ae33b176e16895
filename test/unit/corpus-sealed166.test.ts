/** Structure of the hundred-and-sixty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed166 } from '../corpus/sealed166';

describeSealedSet({
  name: 'sealed166',
  set: sealed166,
  prefix: 's166-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s166-')),
  unlabelled: 'Procedure performed: 64445 LEFT popliteal sciatic, ropivacaine 0.5% 20 mL, see SafeTrack event report',
});
