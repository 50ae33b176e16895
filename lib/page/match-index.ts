/**
 * The page's matches, keyed by the text node that holds them: `WeakMap<Text, PageMatch[]>` for
 * hit-testing, a set of the holders for removal sweeps and ordered listings, and live counts.
 * It never touches the DOM except to sort holders into document order on demand.
 */
import type { Match } from '../detect';
import {
  DOCUMENT_FRAGMENT_NODE,
  DOCUMENT_POSITION_DISCONNECTED,
  DOCUMENT_POSITION_FOLLOWING,
  DOCUMENT_POSITION_PRECEDING,
} from './dom-constants';

/** A match and the text node it sits in. `start`/`end` are offsets in `node.data`. */
export type PageMatch = Match & { node: Text };

export interface MatchIndex {
  /** Replaces the matches of `node` (an empty list removes it). Returns true when its matches changed. */
  set(node: Text, matches: readonly Match[]): boolean;
  /** Forgets `node`. Returns true when it held matches. */
  drop(node: Text): boolean;
  get(node: Text): readonly PageMatch[] | undefined;
  /** Every text node that holds a match, in the order first stored: a copy, so the index may change meanwhile. */
  holders(): Text[];
  counts(): Map<string, number>;
  /** Every match of `code`, in document order (shadow trees placed at their host). */
  occurrences(code: string): PageMatch[];
  clear(): void;
}

export function createMatchIndex(): MatchIndex {
  // One Map, not a WeakMap beside a Set of its keys: a holder was hashed into both (and a WeakMap's entries cost the
  // scavenger more), while the Set kept every holder alive anyway. Dropped nodes are deleted from it.
  const byNode = new Map<Text, PageMatch[]>();
  const counts = new Map<string, number>();

  function bump(code: string, by: number): void {
    const next = (counts.get(code) ?? 0) + by;
    if (next > 0) counts.set(code, next);
    else counts.delete(code);
  }

  function drop(node: Text): boolean {
    const old = byNode.get(node);
    if (!old) return false;
    byNode.delete(node);
    for (const m of old) bump(m.code, -1);
    return true;
  }

  return {
    set(node, matches) {
      const old = byNode.get(node);
      if (matches.length === 0) return drop(node);
      if (old && sameMatches(old, matches)) return false;
      if (old) for (const m of old) bump(m.code, -1);
      // A loop, not `matches.map` with a closure: this runs for each of the 4,500 holders of the claims page.
      const stored: PageMatch[] = [];
      for (const m of matches) {
        stored.push({ start: m.start, end: m.end, code: m.code, modifiers: m.modifiers, node });
        bump(m.code, 1);
      }
      byNode.set(node, stored);
      return true;
    },
    drop,
    get: (node) => byNode.get(node),
    holders: () => [...byNode.keys()],
    counts: () => new Map(counts),
    occurrences(code) {
      const nodes: Text[] = [];
      for (const node of byNode.keys()) if (byNode.get(node)?.some((m) => m.code === code)) nodes.push(node);
      nodes.sort(compareDocumentOrder);
      return nodes.flatMap((node) => (byNode.get(node) ?? []).filter((m) => m.code === code));
    },
    clear() {
      byNode.clear();
      counts.clear();
    },
  };
}

function sameMatches(a: readonly Match[], b: readonly Match[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.start !== y.start || x.end !== y.end || x.code !== y.code || x.modifiers.join() !== y.modifiers.join()) {
      return false;
    }
  }
  return true;
}

/** The chain from the document down to `node`'s tree: [node, host, host's host, ...]. */
function hostChain(node: Node): Node[] {
  const chain: Node[] = [node];
  let root = node.getRootNode();
  while (root.nodeType === DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host) {
    const host = (root as ShadowRoot).host;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}

/**
 * Document order across open shadow trees: nodes in different trees compare through their hosts,
 * because `compareDocumentPosition` calls nodes of different trees "disconnected".
 */
export function compareDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  if (!(position & DOCUMENT_POSITION_DISCONNECTED)) return orderOf(position);
  // Both chains end in the document; walk inwards while they share a host.
  const ca = hostChain(a);
  const cb = hostChain(b);
  let i = ca.length - 1;
  let j = cb.length - 1;
  while (i > 0 && j > 0 && ca[i] === cb[j]) {
    i--;
    j--;
  }
  return orderOf(ca[i]!.compareDocumentPosition(cb[j]!));
}

/** A `compareDocumentPosition` answer as a sort order: -1 when the other node follows, 1 when it precedes, else 0. */
function orderOf(position: number): number {
  return position & DOCUMENT_POSITION_FOLLOWING ? -1 : position & DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}
