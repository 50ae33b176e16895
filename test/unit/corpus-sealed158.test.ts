/** Structure of the hundred-and-fifty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed158 } from '../corpus/sealed158';

describeSealedSet({
  name: 'sealed158',
  set: sealed158,
  prefix: 's158-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s158-')),
  unlabelled: 'Denominator: patients aged 18 and older with neuroplasty reported with 64712 (sciatic nerve), RT or LT',
});
