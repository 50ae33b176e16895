/** Structure of the hundred-and-twenty-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed124 } from '../corpus/sealed124';

describeSealedSet({
  name: 'sealed124',
  set: sealed124,
  prefix: 's124-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s124-')),
  unlabelled: 'Study group tonight at 7: bring your flashcards for 64714 and the Morton neuroma questions',
});
