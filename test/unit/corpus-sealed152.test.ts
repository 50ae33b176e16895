/** Structure of the hundred-and-fifty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed152 } from '../corpus/sealed152';

describeSealedSet({
  name: 'sealed152',
  set: sealed152,
  prefix: 's152-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s152-')),
  unlabelled: 'Bill only: NeuroSleeve NS-2040 implanted, lot 24117, charge on the sciatic neuroplasty line',
});
