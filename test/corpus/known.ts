import { random } from '../bench/random';

/** The five codes the bundled data knows; the corpus decoys reuse these digits on purpose. */
export const KNOWN_5: ReadonlySet<string> = new Set(['64712', '64714', '64632', '64445', '64612']);

/** First and last CPT-shaped number the synthetic set draws from (Category I runs 00100–99607). */
const LOW = 100;
const HIGH = 99607;

/**
 * A CPT-shaped known set of 10,000 codes: the five real ones plus 9,995 distinct numbers drawn uniformly over
 * 00100–99607 with a fixed seed. About one five-digit identifier in ten collides with it, as it would once an
 * organisation loads its own publications: detection must hold its precision against that.
 */
export function syntheticKnown(size = 10_000, seed = 0x11c0de): ReadonlySet<string> {
  const next = random(seed);
  const set = new Set(KNOWN_5);
  while (set.size < size) set.add(String(LOW + Math.floor(next() * (HIGH - LOW + 1))).padStart(5, '0'));
  return set;
}

export const KNOWN_10K: ReadonlySet<string> = syntheticKnown();
