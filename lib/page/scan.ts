/**
 * Walks text in time slices of at most SLICE_MS and feeds it to detect().
 *
 * Cost model (DESIGN.md "Page pipeline"): a TreeWalker with SHOW_TEXT and no JS filter visits every
 * text node; a node pays more than one regex test only when it holds five digits, and pays for DOM
 * context only when detect() asks (lazy getters, see context.ts). Editable regions and non-text
 * elements are checked on the candidate's parent only.
 */

import { type DetectContext, detect } from '../detect';
import { type ContextReader, createContextReader, type Place, parentOf, rowAt, sectionAt } from './context';
import { COUNTING } from './counting';
import { createDetectMemo } from './detect-memo';
import {
  DOCUMENT_FRAGMENT_NODE,
  DOCUMENT_NODE,
  ELEMENT_NODE,
  SHOW_ELEMENT,
  SHOW_TEXT,
  TEXT_NODE,
} from './dom-constants';
import { holdsNoHost, nextAfterSubtree, ROW_TAGS } from './host-skip';
import type { MatchIndex } from './match-index';
import { isOwnElement } from './own-ui';
import { createYield } from './yield';

/** Longest stretch of our work between two yields; well under the 50 ms long-task line. */
export const SLICE_MS = 5;
/** Nodes between two clock reads: reading the clock per node would cost more than the node. */
const CLOCK_EVERY = 64;
/**
 * A text with a known number costs far more than one without (context reads, detection, the index;
 * on first use, V8 compiling the detector): it counts as this many texts towards the next clock
 * check. A quarter of CLOCK_EVERY: the clock is read after every fourth candidate (a clock read in
 * our isolated world is about 0.2 µs, a typical candidate 5–10 µs), so a stretch dense with codes
 * runs at most three candidates past the deadline.
 */
const CANDIDATE_WEIGHT = CLOCK_EVERY / 4;
/** A text and contexts that take the detector through its common rules: prose, labels, modifiers, cells. */
const WARM_UP: [string, DetectContext][] = [
  ['CPT 64712-RT, 64714 and +64612 billed; ZIP 64445', {}],
  ['64712', { columnHeader: 'CPT', column: ['64712'], row: ['64712', 'RT'], before: 'Code' }],
];
/** A row stepped over by the host walk: its query visits its cells in C++ (a dozen nodes, no wrappers). */
const ROW_WEIGHT = 4;

/** Parents whose text is never a page reading (scripts, styles, options); form controls are EDITABLE. */
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'OPTION', 'OPTGROUP', 'TITLE']);
const EDITABLE =
  '[contenteditable]:not([contenteditable="false" i]),textarea,select,input,[role=textbox],[role=combobox]';
/**
 * Custom-element hosts in a subtree the page added: XPath walks it in C++, with no per-element JS.
 * Not for a whole document: on a 110,000-element page that one call is a 25 ms task (measured),
 * so a document's hosts are found by a sliced element walk instead (a `hosts` job).
 */
const CUSTOM_ELEMENTS = './/*[contains(local-name(), "-")]';

/**
 * Cheap pre-filter, stricter than detect's own: a run of exactly five digits that the data knows.
 * Most five-digit numbers on a claims page are not known codes and never reach detect(). One pass
 * over the characters, no regex, and a substring only for a run of exactly five digits.
 */
export function hasKnownNumber(text: string, known: ReadonlySet<string>): boolean {
  const length = text.length;
  // A cell holding just a number (the bulk of a claims table): one Set lookup.
  if (length === 5) return known.has(text);
  let run = 0;
  // Not one read past the end to close the last run: an out-of-bounds charCodeAt leaves V8's fast
  // path (this loop took 1.5× as long in Node with it). The last run is checked after the loop.
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) run++;
    else {
      if (run === 5 && known.has(text.slice(i - 5, i))) return true;
      run = 0;
    }
  }
  return run === 5 && known.has(text.slice(length - 5));
}

export interface ScanStats {
  /** Sum of the durations of our scan slices (ms of main-thread time). */
  scanMs: number;
  slices: number;
  longestSliceMs: number;
  textNodes: number;
  /** Text nodes holding a five-digit number the data knows (the ones detect() sees). */
  candidates: number;
  /** performance.now() when the first slice started. */
  startedAt: number;
  /** performance.now() when the first full scan of the document finished (0 until then). */
  firstScanDoneAt: number;
}

export interface Scanner {
  /** Queues a subtree, a root or a text node; `rescan` also drops matches that are gone. */
  enqueue(node: Node, rescan?: boolean): void;
  /** Runs queued work now, in slices, yielding between them; resolves when the queue is empty. */
  run(): Promise<void>;
  /** Finds open shadow roots at and below `node` (custom-element hosts, and `node` itself). */
  discover(node: Node): void;
  /**
   * Whether a match may be below `node`: one was found below it (it may be gone since), or a scan
   * is queued or running (a holder may have moved below it unseen). False: removing any node below
   * it drops no match (issue 16: a counter cell re-rendered every frame, its record left unread).
   */
  mayHold(node: Node): boolean;
  /**
   * The bench's figures. Only where COUNTING (lib/page/counting.ts): the shipped build has no `stats`, and counts only
   * `slices` and `candidates`, which steer the scan.
   */
  stats(): ScanStats;
}

interface Job {
  node: Node;
  rescan: boolean;
  /** Walk elements to find open shadow roots, not text. */
  hosts?: boolean;
  walker?: TreeWalker;
  reader?: ContextReader;
  /** Ancestors of the walker's position when we yielded: where to resume if the page removed it. */
  trail?: Node[];
  /** The host walk's next element, not yet looked at (the walker stands on it). */
  pending?: Node;
}

/**
 * `onChanged`: text nodes whose matches changed (added, replaced or dropped). `onRoot`: an open shadow root we had not
 * seen; the caller watches, styles and queues it. Positional: an options object costs its key names in the minified
 * content script (each argument has its own type, so a swap does not compile).
 */
export function createScanner(
  doc: Document,
  known: ReadonlySet<string>,
  index: MatchIndex,
  signal: AbortSignal,
  onChanged: (nodes: Text[]) => void,
  onRoot: (root: ShadowRoot) => void,
): Scanner {
  const jobs: Job[] = [];
  const seenRoots = new WeakSet<ShadowRoot>();
  // The two figures that steer the work, counted in every build: the texts that held a known number (a candidate
  // weighs more on the clock) and the slices run (the first steers the warm-up). Variables, not an object's keys: those
  // would ship. The rest only where the build counts (lib/page/counting.ts): nothing else reads them.
  let candidates = 0;
  let slices = 0;
  const stats = (
    COUNTING ? { scanMs: 0, longestSliceMs: 0, textNodes: 0, startedAt: 0, firstScanDoneAt: 0 } : undefined
  ) as Omit<ScanStats, 'slices' | 'candidates'>;
  // A flag, not just the promise: a loop may finish synchronously, and the next run() must start anew.
  let active = false;
  const yieldToPage = createYield(signal);
  let current: Promise<void> = Promise.resolve();
  // A context reader per tree, kept across batches; the readers a batch used forget their table
  // caches when it ends. A live feed's batch a frame then allocates no reader, walker nor maps.
  const readers = new WeakMap<Node, ContextReader>();
  const usedReaders = new Set<ContextReader>();
  /**
   * Every ancestor a holder had when it was scanned, across shadow roots up to the document, and the
   * pass that last walked up through it. A walk stops at a node of this pass: its ancestors are in
   * (a table's cells stop at their row). A new pass starts at each enqueue: a subtree may have moved
   * under a new parent since. It never shrinks (a node that lost its matches costs its records a full
   * read, no more); weak, so removed nodes go.
   */
  const scopes = new WeakMap<Node, number>();
  let pass = 0;
  // Per-batch memo of detect()'s answers for short texts (a column repeats its values).
  let detectCell = createDetectMemo(known);

  function readerFor(node: Node): ContextReader {
    const root = node.getRootNode() as Document | ShadowRoot;
    let reader = readers.get(root);
    if (!reader) {
      reader = createContextReader(root);
      readers.set(root, reader);
    }
    usedReaders.add(reader);
    return reader;
  }

  /** designMode, read once per batch (a DOM getter per candidate adds up on a 40,000-node page). */
  let designMode: boolean | undefined;
  /** The table section whose ancestors were last checked for an editable region, and the answer (per batch). */
  let checkedSection: Element | null = null;
  let sectionEditable = false;
  /**
   * Whether the text at `place` is in a skipped parent or an editable region: `parent.closest(EDITABLE) !== null`,
   * with a cell's ancestors above its row looked at once per section. The cell's row and section are the ones its
   * context read (each read once per candidate).
   */
  function isSkipped(place: Place): boolean {
    const parent = parentOf(place);
    if (!parent) return true;
    // A cell (the bulk of a big table) is neither a skipped tag nor our own UI: `instanceof` runs in JS, `nodeName`
    // is a DOM call.
    const cell = parent instanceof HTMLTableCellElement;
    if (!cell && (SKIPPED_PARENTS.has(parent.nodeName) || isOwnElement(parent))) return true;
    designMode ??= doc.designMode === 'on';
    if (designMode) return true;
    const row = cell && rowAt(place);
    const section = cell && sectionAt(place);
    // A cell of a row (the bulk of a big table): the cell and the row, then the section's answer, kept. The walk
    // up a 5,000-row grid's ancestors with six selectors, per code, was about half the cost of the code's cell
    // reads (thread time, claims page). A cell or a row matches EDITABLE only through an attribute.
    if (section && row instanceof HTMLTableRowElement) {
      if (section !== checkedSection) {
        checkedSection = section;
        sectionEditable = section.closest(EDITABLE) !== null;
      }
      return (
        sectionEditable ||
        (parent.hasAttributes() && parent.matches(EDITABLE)) ||
        (row.hasAttributes() && row.matches(EDITABLE))
      );
    }
    // One C++ walk up the ancestors: no wrapper for each of them.
    return parent.closest(EDITABLE) !== null;
  }

  /** Detects in one text node; returns true when the index changed. */
  function scanText(node: Text, rescan: boolean, reader: ContextReader | undefined): boolean {
    if (COUNTING) stats.textNodes++;
    const data = node.data;
    if (!hasKnownNumber(data, known)) return rescan && index.drop(node);
    candidates++;
    const cells = reader ?? readerFor(node);
    const matches = detectCell(data, cells.contextOf(node), cells.reads);
    // Skipped regions are checked after detection: far fewer nodes hold a match than a number.
    if (matches.length === 0 || isSkipped(cells.place))
      return (rescan || index.get(node) !== undefined) && index.drop(node);
    // From the parent isSkipped read (a holder has one). A shadow root goes on to its host; the
    // document's `host` is undefined, and the walk ends there. No walk starts in a detached subtree:
    // work() ends a job whose root the page removed, and resume() moves the walker back into the page.
    for (let n: Node | undefined = parentOf(cells.place)!; n && scopes.get(n) !== pass; ) {
      scopes.set(n, pass);
      n = n.parentNode ?? (n as ShadowRoot).host;
    }
    return index.set(node, matches);
  }

  function discover(node: Node): void {
    const type = node.nodeType;
    if (type === ELEMENT_NODE) noteShadowRoot(node as Element);
    if (type === DOCUMENT_NODE || type === ELEMENT_NODE) {
      findCustomElements(node as Document | Element);
    } else if (type === DOCUMENT_FRAGMENT_NODE) {
      // XPath refuses a fragment (a shadow root) as its context node: start from its children.
      for (let child = (node as DocumentFragment).firstElementChild; child; child = child.nextElementSibling) {
        noteShadowRoot(child);
        findCustomElements(child);
      }
    }
  }

  function findCustomElements(context: Document | Element): void {
    if (context.nodeType === DOCUMENT_NODE) {
      // After the text already queued: codes in the light DOM come first.
      if (!jobs.some((job) => job.hosts && job.node === context))
        jobs.push({ node: context, rescan: false, hosts: true });
      return;
    }
    // An element with no element below it (a feed's new line) holds no host: no XPath query for it.
    if (!context.firstElementChild) return;
    let hosts: XPathResult;
    try {
      hosts = doc.evaluate(CUSTOM_ELEMENTS, context, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    } catch {
      return; // no XPath here (some non-HTML documents): light DOM is still scanned
    }
    for (let i = 0; i < hosts.snapshotLength; i++) noteShadowRoot(hosts.snapshotItem(i) as Element);
  }

  function noteShadowRoot(host: Element): void {
    const root = host.shadowRoot;
    if (!root || seenRoots.has(root) || isOwnElement(host)) return;
    seenRoots.add(root);
    onRoot(root);
  }

  function startJob(job: Job): void {
    if (job.node.nodeType === TEXT_NODE) return;
    discover(job.node);
    job.walker = doc.createTreeWalker(job.node, SHOW_TEXT);
    // No whole-root querySelector for editable regions here: on the 200,000-node page that one
    // unsliced query was ~10 ms of a single task (CPU profile). The per-code ancestor check below is
    // cached per batch and runs inside the time slices.
  }

  /** Moves the walker back into the live tree if the page removed the node it stood on. */
  function resume(job: Job): void {
    const walker = job.walker!;
    if (walker.currentNode.isConnected || !job.trail) return;
    const alive = job.trail.find((n) => n.isConnected);
    // Re-walking from the nearest live ancestor repeats a little work; detection is idempotent.
    walker.currentNode = alive ?? job.node;
  }

  function trailOf(node: Node, stop: Node): Node[] {
    const trail: Node[] = [];
    for (let n = node.parentNode; n && n !== stop; n = n.parentNode) trail.push(n);
    return trail;
  }

  /** Finds open shadow roots below a document, any host element, until done or the deadline. */
  function workHosts(job: Job, deadline: number): boolean {
    if (job.walker) resume(job);
    else job.walker = doc.createTreeWalker(job.node, SHOW_ELEMENT);
    const walker = job.walker;
    // The walk stops on an element it has not looked at yet (the one after a skipped row): start there.
    const pending = job.pending === walker.currentNode ? job.pending : undefined;
    job.pending = undefined;
    let count = 0;
    for (let el = (pending ?? walker.nextNode()) as Element | null; el; ) {
      if (el.shadowRoot) noteShadowRoot(el);
      // A row of cells and inline text holds no host: stepping over it spares a wrapper per cell
      // (lib/page/host-skip.ts says why that matters on a big page).
      if (ROW_TAGS.has(el.nodeName) && holdsNoHost(el)) {
        el = nextAfterSubtree(walker) as Element | null;
        count += ROW_WEIGHT;
      } else {
        el = walker.nextNode() as Element | null;
        count++;
      }
      if (el && count >= CLOCK_EVERY) {
        count = 0;
        if (performance.now() >= deadline) {
          job.pending = el;
          job.trail = trailOf(el, job.node);
          return false;
        }
      }
    }
    return true;
  }

  /** Works on one job until it ends (true) or the deadline passes (false). */
  function work(job: Job, deadline: number, changed: Text[]): boolean {
    // A job whose root the page removed ends here, also half-way: resume() would otherwise restart a
    // walker left in the removed subtree from that root, and index texts no longer in the page.
    if (!job.node.isConnected) return true;
    if (job.hosts) return workHosts(job, deadline);
    if (job.node.nodeType === TEXT_NODE) {
      const text = job.node as Text;
      if (scanText(text, job.rescan, undefined)) changed.push(text);
      return true;
    }
    if (!job.walker) {
      startJob(job);
      if (!job.walker) return true;
    } else {
      resume(job);
    }
    const walker = job.walker;
    const rescan = job.rescan;
    // A walker stays inside one tree (it does not enter shadow roots): one context reader serves it.
    job.reader ??= readerFor(job.node);
    const reader = job.reader;
    let count = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const before = candidates;
      if (scanText(node, rescan, reader)) changed.push(node);
      count += candidates === before ? 1 : CANDIDATE_WEIGHT;
      if (count >= CLOCK_EVERY) {
        count = 0;
        // Changes are handed on (highlighter, counts) before the clock is read: their cost then
        // counts towards the deadline, and a slice does not run past it after its last read.
        if (changed.length > 0) onChanged(changed.splice(0));
        if (performance.now() >= deadline) {
          job.trail = trailOf(walker.currentNode, job.node);
          return false;
        }
      }
    }
    if (COUNTING && job.node === doc && !stats.firstScanDoneAt) stats.firstScanDoneAt = performance.now();
    return true;
  }

  /** One slice: returns true when all queued work is done. */
  function slice(): boolean {
    const started = performance.now();
    if (COUNTING && !stats.startedAt) stats.startedAt = started;
    const deadline = started + SLICE_MS;
    const changed: Text[] = [];
    let done = false;
    while (true) {
      const job = jobs[0];
      if (!job) {
        done = true;
        break;
      }
      let finished = true;
      try {
        finished = work(job, deadline, changed);
      } catch {
        // A subtree the page broke under us must not stop the rest; nothing about it is logged
        // (it would be page content).
      }
      if (finished) jobs.shift();
      if (!finished || performance.now() >= deadline) break;
    }
    if (done) {
      for (const reader of usedReaders) reader.reset();
      usedReaders.clear();
      detectCell = createDetectMemo(known);
      designMode = undefined;
      checkedSection = null;
    }
    // Handing the changes on (highlighter, counts) is part of our slice's cost: timed with it.
    if (changed.length > 0) onChanged(changed);
    // The first slice's count steers the warm-up (loop): counted in every build.
    slices++;
    if (COUNTING) {
      const spent = performance.now() - started;
      stats.scanMs += spent;
      if (spent > stats.longestSliceMs) stats.longestSliceMs = spent;
    }
    return done;
  }

  async function loop(): Promise<void> {
    try {
      // The first slice runs in a task of its own too: the task that queued the work (the start,
      // with every listener it adds; a mutation batch) has had its share. At 4× CPU throttling the
      // start plus a first slice was one 110–125 ms task on the 40,000-node page (CPU profile).
      // This one yield may be `scheduler.yield()`: a live page's mutation batch comes once a frame, and
      // its MessagePort dispatch cost ~0.15 ms of main thread a frame more (queue page, frame trace).
      // Between slices it may not (yield.ts).
      await ((globalThis as { scheduler?: { yield?(): Promise<void> } }).scheduler?.yield?.() ?? yieldToPage());
      if (!slices) {
        // V8 compiles the detector on first use: in a task of its own, not on top of the first slice
        // (claims page: the first slice went from 9–15 ms of main thread, 8–14 of it compiling, to 5).
        for (const [text, context] of WARM_UP) detect({ text, known, context });
        await yieldToPage();
      }
      while (!signal.aborted && !slice()) await yieldToPage();
    } finally {
      active = false;
    }
  }

  const api: Omit<Scanner, 'stats'> = {
    enqueue(node, rescan = false) {
      if (signal.aborted) return;
      pass++;
      jobs.push({ node, rescan });
    },
    run() {
      if (signal.aborted) return Promise.resolve();
      if (!active) {
        active = true;
        current = loop();
      }
      return current;
    },
    discover,
    mayHold: (node) => active || jobs.length > 0 || scopes.has(node),
  };
  // Only the bench and the tests read the figures (lib/page/counting.ts): the shipped build leaves `stats` out.
  return COUNTING ? { ...api, stats: () => ({ ...stats, slices, candidates }) } : (api as Scanner);
}
