/** Structure of the hundred-and-twenty-sixth sealed corpus set. Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed126 } from '../corpus/sealed126';

describeSealedSet({
  name: 'sealed126',
  set: sealed126,
  prefix: 's126-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s126-')),
  unlabelled:
    'Financial assistance covers 64712 when household income is at or below 200% of the federal poverty level',
});
