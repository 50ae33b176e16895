/** Structure of the hundred-and-ninety-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed198 } from '../corpus/sealed198';

describeSealedSet({
  name: 'sealed198',
  set: sealed198,
  prefix: 's198-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s198-')),
  unlabelled: 'Ticket 48435 — FOPA go-live: 64635 charges held in batch 21083 without RT/LT.',
});
