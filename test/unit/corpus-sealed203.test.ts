/** Structure of the two-hundred-and-third sealed corpus set (issue 11). Never calls the detector. */
import { SEALED_SET, TUNING_SET } from '../corpus/score';
import { describeSealedSet } from '../corpus/sealed-structure';
import { sealed203 } from '../corpus/sealed203';

describeSealedSet({
  name: 'sealed203',
  set: sealed203,
  prefix: 's203-',
  // Every other corpus set wired in score.ts.
  others: [...TUNING_SET, ...SEALED_SET].filter((s) => !s.kind.startsWith('s203-')),
  unlabelled:
    'DOWNTIME CHARGE TICKET — sciatic nerve block 64445-RT CR, temp clinic Beaulieu, paper ticket back-entry.',
});
