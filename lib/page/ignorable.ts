/**
 * Which page mutations ask nothing of us (issue 16: "a mutation batch that touches no code must cost
 * next to nothing"). A text that holds no match now and whose data holds no number the data knows:
 * editing, adding or removing it cannot add a match nor remove one, so the watcher drops its record
 * before any batch, scan, yield or allocation. A live queue's counters (20 edited in place and 20
 * re-rendered as new texts every frame) were a full batch a frame before: summarize, 40 scan jobs,
 * a yield and the per-batch caches.
 */
import type { MatchIndex } from './match-index';
import { hasKnownNumber } from './scan';

export function createIgnorable({
  index,
  known,
}: {
  index: MatchIndex;
  known: ReadonlySet<string>;
}): (node: Node) => boolean {
  // `instanceof` runs in JS; `nodeType` is a DOM call (about 0.2 µs each in our isolated world).
  return (node) => node instanceof Text && index.get(node) === undefined && !hasKnownNumber(node.data, known);
}
