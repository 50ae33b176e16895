/** Structure of the hundred-and-first sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed101 } from '../corpus/sealed101';

describeSealedSet({
  name: 'sealed101',
  set: sealed101,
  prefix: 's101-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s101-')),
  unlabelled: 'Conditional payment dispute — the line for 64632 is unrelated to the accident',
});
