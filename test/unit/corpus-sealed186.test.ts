/** Structure of the hundred-and-eighty-sixth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed186 } from '../corpus/sealed186';

describeSealedSet({
  name: 'sealed186',
  set: sealed186,
  prefix: 's186-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s186-')),
  unlabelled: 'Botox legs (64642 + 64643) St. Brigid — EOB attached',
});
