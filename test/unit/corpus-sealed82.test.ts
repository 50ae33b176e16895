/** Structure of the eighty-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed82 } from '../corpus/sealed82';

describeSealedSet({
  name: 'sealed82',
  set: sealed82,
  prefix: 's82-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s82-')),
  unlabelled: 'Diligence question — please reconcile tape units for 64712 to the production report',
});
