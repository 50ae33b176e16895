/** Structure of the sixty-ninth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed69 } from '../corpus/sealed69';

describeSealedSet({
  name: 'sealed69',
  set: sealed69,
  prefix: 's69-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s69-')),
  unlabelled: 'Build ticket — please link CPT 64632 to the podiatry procedure record before the release',
});
