/** Structure of the hundred-and-ninety-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed192 } from '../corpus/sealed192';

describeSealedSet({
  name: 'sealed192',
  set: sealed192,
  prefix: 's192-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s192-')),
  unlabelled: 'Ledgerwell rule R-NEU: 64612 qualifies only with an HMH-employed prescriber at a registered child site.',
});
