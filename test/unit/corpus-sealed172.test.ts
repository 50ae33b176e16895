/** Structure of the hundred-and-seventy-second sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed172 } from '../corpus/sealed172';

describeSealedSet({
  name: 'sealed172',
  set: sealed172,
  prefix: 's172-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s172-')),
  unlabelled: 'The nerve block (64445) and the pain catheter after surgery (64446) were mostly covered.',
});
