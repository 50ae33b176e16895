/** Structure of the two-hundred-and-fourth sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed204 } from '../corpus/sealed204';

describeSealedSet({
  name: 'sealed204',
  set: sealed204,
  prefix: 's204-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s204-')),
  unlabelled: 'fp = df[df.note_id == "N-64712"]  # false positive, score 0.58',
});
