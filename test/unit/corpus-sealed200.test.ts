/** Structure of the two-hundredth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed200 } from '../corpus/sealed200';

describeSealedSet({
  name: 'sealed200',
  set: sealed200,
  prefix: 's200-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s200-')),
  unlabelled: 'CASE 30691 · Bellhaven OR 6 · 07:30 · 64712 RT · Riegert · status: IN ROOM',
});
