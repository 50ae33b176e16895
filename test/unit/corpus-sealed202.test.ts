/** Structure of the two-hundred-and-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed202 } from '../corpus/sealed202';

describeSealedSet({
  name: 'sealed202',
  set: sealed202,
  prefix: 's202-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s202-')),
  unlabelled: 'Rosa (Halden billing): Holm’s 64612 from 5/12 denied as cosmetic; the glabella at Lumière was self-pay.',
});
