/** Structure of the hundred-and-forty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed148 } from '../corpus/sealed148';

describeSealedSet({
  name: 'sealed148',
  set: sealed148,
  prefix: 's148-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s148-')),
  unlabelled:
    'Weekly timesheet approved for Renata Okafor; client cost center 40862 covers her pain coding hours this week',
});
