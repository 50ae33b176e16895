/**
 * The page half of detection for one document (one frame): scans it, follows its changes, marks
 * what it finds near the viewport, and answers "which code is under this point" for hover.
 * Nothing here adds, splits or changes a node of the page. Everything stops when `signal` aborts.
 */
import { COUNTING } from './counting';
import { SHOW_TEXT, TEXT_NODE } from './dom-constants';
import { createHighlighter, type HighlightStats, type HighlightStyle } from './highlight';
import { hitTest as hitTestAt } from './hit-test';
import { watchLayoutSize } from './layout-watch';
import { createMatchIndex, type PageMatch } from './match-index';
import { createScanner, hasKnownNumber, type ScanStats } from './scan';
import { createWatcher, type MutationBatch } from './watch';

export type { HighlightStyle } from './highlight';
export type { PageMatch } from './match-index';

export interface AnnotatorStats extends ScanStats {
  /** Text nodes that hold at least one match. */
  holders: number;
  /** Ranges registered in the highlight registry now. */
  registered: number;
  shadowRoots: number;
  highlight: HighlightStats;
}

export interface Annotator {
  /** Occurrences per code in this document (shadow trees included). */
  counts(): Map<string, number>;
  /** Every match of `code`, in document order. */
  occurrences(code: string): PageMatch[];
  /** The match under a viewport point, if the point is on a code's glyphs. */
  hitTest(x: number, y: number): PageMatch | undefined;
  /** Scrolls the `occurrence`-th (0-based, wrapping) match of `code` into view and flashes it. */
  reveal(code: string, occurrence: number): boolean;
  setStyle(style: HighlightStyle): void;
  /** Called after counts change (at most once per slice or batch); returns an unsubscribe. */
  onCounts(callback: (counts: Map<string, number>) => void): () => void;
  /** Resolves when the first full scan of the document (and its shadow roots) is done. */
  ready: Promise<void>;
  /** The bench's figures. Only where COUNTING (lib/page/counting.ts): the shipped build has no `stats`. */
  stats(): AnnotatorStats;
}

/** Least time between two comparisons of the counts (listeners hear of a change within it). */
const COUNTS_CHECK_MS = 100;
/**
 * How often, at most, a page that keeps adding elements is swept for shadow roots attached late (to
 * an element already in the page: no mutation says so). The sweep walks every element (≈40 ms on
 * the 40,000-node page, in slices), so the gap doubles after each sweep up to LATE_ROOT_SWEEP_MAX_MS,
 * and drops back when a new root turns up: a page that attaches roots late is watched closely, a
 * live feed without shadow DOM stops paying for it.
 */
const LATE_ROOT_SWEEP_MS = 1000;
const LATE_ROOT_SWEEP_MAX_MS = 32_000;
/**
 * Polls for elements not yet upgraded (their shadow root comes with the upgrade), backing off: 250, 500, 1000, 2000,
 * 4000 ms, then every 8000 (computed, not a list of the six: shorter in the minified script).
 */
const UPGRADE_POLL_FIRST_MS = 250;
const UPGRADE_POLL_MAX_MS = 8000;

/** Positional: each argument has its own type, and an options object costs its key names in the content script. */
export function startAnnotator(
  doc: Document,
  known: ReadonlySet<string>,
  signal: AbortSignal,
  style: HighlightStyle = 'underline',
): Annotator {
  const win = doc.defaultView!;
  const index = createMatchIndex();
  const shadowRoots = new Set<ShadowRoot>();
  const listeners = new Set<(counts: Map<string, number>) => void>();
  const highlighter = createHighlighter(doc, signal, style);
  let lastCounts = '';
  let countsCheckQueued = false;
  let countsTimer = 0;
  let lastSweep = 0;
  let sweepGap = LATE_ROOT_SWEEP_MS;
  let pollTimer = 0;

  /**
   * A text that holds no match and no number the data knows: editing, adding or removing it can
   * neither add a match nor drop one. `instanceof` runs in JS; `nodeType` is a DOM call (about 0.2 µs
   * in our isolated world).
   */
  const inert = (node: Node) => node instanceof Text && !index.get(node) && !hasKnownNumber(node.data, known);
  const watch = createWatcher(
    win,
    signal,
    onBatch,
    highlighter.activity,
    // A record that touches only such texts is dropped before any batch, scan or yield: a live
    // queue's 40 counters a frame then cost no batch at all (issue 16).
    inert,
    // No match was below the target (it lost none), and it holds one such text or nothing (it gained
    // none; an element could host a shadow root, whose text no parent shows): a counter cell.
    (target) => {
      const child = target.firstChild;
      return !scanner.mayHold(target) && child === target.lastChild && (!child || inert(child));
    },
  );
  const scanner = createScanner(
    doc,
    known,
    index,
    signal,
    // The texts whose matches changed.
    (nodes) => {
      for (const node of nodes) highlighter.update(node, index.get(node));
      queueCountsCheck();
    },
    // A shadow root not seen before.
    (root) => {
      shadowRoots.add(root);
      sweepGap = LATE_ROOT_SWEEP_MS;
      watch(root);
      // Only the Firefox build's highlighter adopts anything, and has no `adopt` where the Highlight API is missing
      // (lib/page/highlight.ts): the others leave the call out.
      if (import.meta.env.FIREFOX) highlighter.adopt?.(root);
      scanner.enqueue(root);
    },
  );

  /**
   * Compares the counts at most every COUNTS_CHECK_MS: once per slice cost the first scan of a
   * 40,000-node page more than its rect reads (a Map copy, a sort and the listeners' timers each time).
   */
  function queueCountsCheck(): void {
    if (countsCheckQueued) return;
    countsCheckQueued = true;
    countsTimer = win.setTimeout(() => {
      countsCheckQueued = false;
      if (signal.aborted) return;
      const counts = index.counts();
      const key = JSON.stringify([...counts].sort());
      if (key === lastCounts) return;
      lastCounts = key;
      for (const listener of listeners) listener(new Map(counts));
    }, COUNTS_CHECK_MS);
  }

  function dropText(text: Text): boolean {
    if (text.isConnected || !index.drop(text)) return false;
    highlighter.update(text, undefined);
    return true;
  }

  /**
   * Drops the matches of texts the page removed. A few removed nodes: walk them (cost follows the
   * change). Many, or an overflow: sweep the index (cost follows the matches held, not the page).
   */
  function dropRemoved(removed: readonly Node[]): void {
    let changed = false;
    for (const root of shadowRoots) {
      if (root.host.isConnected) continue;
      shadowRoots.delete(root);
      if (removed.length > 0) removed = [...removed, root];
    }
    if (removed.length === 0) {
      for (const text of index.holders()) changed = dropText(text) || changed;
    } else {
      for (const node of removed) {
        if (node.nodeType === TEXT_NODE) {
          changed = dropText(node as Text) || changed;
          continue;
        }
        if (node.isConnected) continue; // moved, not removed: its texts keep their matches
        const walker = doc.createTreeWalker(node, SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) changed = dropText(t as Text) || changed;
      }
    }
    if (changed) queueCountsCheck();
  }

  function sweepForShadowRoots(): void {
    lastSweep = performance.now();
    scanner.discover(doc);
    for (const root of [...shadowRoots]) scanner.discover(root);
  }

  function hasUnupgradedElements(): boolean {
    if (doc.querySelector(':not(:defined)')) return true;
    for (const root of shadowRoots) if (root.querySelector(':not(:defined)')) return true;
    return false;
  }

  /** Custom elements upgraded after our scan get their shadow root then, with no mutation we see. */
  function pollForUpgrades(attempt: number): void {
    if (signal.aborted || !hasUnupgradedElements()) return;
    const delay = Math.min(UPGRADE_POLL_FIRST_MS * 2 ** attempt, UPGRADE_POLL_MAX_MS);
    pollTimer = win.setTimeout(() => {
      sweepForShadowRoots();
      void scanner.run();
      pollForUpgrades(attempt + 1);
    }, delay);
  }

  /**
   * `batch`: [changed, removed, elements] (lib/page/watch.ts MutationBatch); undefined: an overflow (too many records),
   * so anything may have changed, gone or moved.
   */
  function onBatch(batch: MutationBatch | undefined): void {
    // Elements came or went: what sits near the viewport may have moved. Text edits alone (a counter
    // ticking) ask nothing of the highlighter; the texts whose matches change reach it through the index.
    if (!batch || batch[2]) highlighter.invalidate();
    const removed = batch ? batch[1] : [];
    if (removed) dropRemoved(removed);
    if (!batch) {
      scanner.enqueue(doc, true);
      for (const root of shadowRoots) scanner.enqueue(root, true);
    } else {
      for (const node of batch[0]) scanner.enqueue(node, true);
      // The sweep walks every element: only a page adding elements earns one (text edits attach no root).
      if (batch[2] && performance.now() - lastSweep > sweepGap) {
        sweepForShadowRoots();
        sweepGap = Math.min(sweepGap * 2, LATE_ROOT_SWEEP_MAX_MS);
      }
    }
    void scanner.run();
  }

  watch(doc);
  scanner.enqueue(doc);
  const ready = scanner.run().then(() => {
    // The root's first layout (or a reveal) can come after our first measure (lib/page/layout-watch.ts).
    // Watched once the first scan is done: the observer's first report then comes in a frame of its
    // own, not inside the page's first layout after load (Chrome's page-text capture, 50–110 ms at 4× CPU).
    watchLayoutSize(doc, signal, () => highlighter.invalidate());
    lastSweep = performance.now();
    pollForUpgrades(0);
  });

  signal.addEventListener('abort', () => {
    win.clearTimeout(pollTimer);
    win.clearTimeout(countsTimer);
    listeners.clear();
    index.clear();
    shadowRoots.clear();
  });

  const api: Omit<Annotator, 'stats'> = {
    // The index's and the highlighter's own functions (closures, no `this`), not wrappers around them.
    counts: index.counts,
    occurrences: index.occurrences,
    hitTest(x, y) {
      if (signal.aborted) return undefined;
      const roots = [...shadowRoots].filter((r) => r.host.isConnected);
      return hitTestAt(doc, index, x, y, roots);
    },
    reveal(code, occurrence) {
      const all = index.occurrences(code);
      if (all.length === 0 || signal.aborted) return false;
      const match = all[((occurrence % all.length) + all.length) % all.length]!;
      match.node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      highlighter.flash(match);
      return true;
    },
    setStyle: highlighter.setStyle,
    onCounts(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    ready,
  };
  // Only the bench and the tests read the figures (lib/page/counting.ts): the shipped build leaves `stats` out.
  return COUNTING
    ? {
        ...api,
        stats: () => ({
          ...scanner.stats(),
          holders: index.holders().length,
          registered: highlighter.registered(),
          shadowRoots: shadowRoots.size,
          highlight: highlighter.stats(),
        }),
      }
    : (api as Annotator);
}
