/** Structure of the thirty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed34 } from '../corpus/sealed34';

describeSealedSet({
  name: 'sealed34',
  set: sealed34,
  prefix: 's34-',
  // Every other corpus set wired in score.ts (sealed34 itself is tuning data now).
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s34-')),
  unlabelled: 'Cuenta del paciente 70215 — saldo pendiente',
});
