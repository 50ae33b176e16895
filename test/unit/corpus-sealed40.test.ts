/** Structure of the fortieth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed40 } from '../corpus/sealed40';

describeSealedSet({
  name: 'sealed40',
  set: sealed40,
  prefix: 's40-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s40-')),
  unlabelled: 'Coverage analysis — sponsor-paid NCS at Week 6, study account 77213, Q1 on routine lines',
});
