/** Structure of the sixty-eighth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed68 } from '../corpus/sealed68';

describeSealedSet({
  name: 'sealed68',
  set: sealed68,
  prefix: 's68-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s68-')),
  unlabelled: 'Visiting specialist clinic — sciatic blocks billed under 64445 at the Bethany site this quarter',
});
