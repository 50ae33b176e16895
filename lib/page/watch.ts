/**
 * Follows the page's changes with one MutationObserver (childList, subtree, characterData) on the
 * document and on every open shadow root we scan. Records are only queued in the callback and
 * handled once per animation frame, so a page that mutates every frame costs us one small batch a
 * frame. The batch reports the top-most added nodes (a subtree is scanned once, not per level),
 * the texts edited in place, and whether anything was removed.
 */
import { ELEMENT_NODE, TEXT_NODE } from './dom-constants';
import { isOwnElement } from './own-ui';

/** Past this many records in one frame, a fresh sliced rescan is cheaper than record bookkeeping. */
export const OVERFLOW_RECORDS = 1000;
/** Past this many removed nodes, sweeping the index is cheaper than walking what was removed. */
export const REMOVED_LIST_MAX = 64;

/**
 * What a frame's mutation records come to, as a tuple (an object's key names would ship in the minified content script):
 * - `changed`: top-most connected nodes added (elements or texts), and texts edited in place;
 * - `removed`: something was removed (undefined: nothing), so matches of disconnected texts must go: the removed nodes,
 *   up to REMOVED_LIST_MAX; past that (or when all were ours), an empty list says to sweep. One entry, not a flag beside
 *   the list;
 * - `elements`: an element was added or removed: boxes may have moved. A batch of text edits only (a counter ticking)
 *   leaves this false, and the highlighter does no work for it.
 */
export type MutationBatch = [changed: Node[], removed: Node[] | undefined, elements: boolean];

/** Starts watching a document or a shadow root (the watcher's one method, returned as a function: no key to ship). */
export type Watcher = (root: Document | ShadowRoot) => void;

/**
 * Attribute records only tell us the page is live (a class toggling restyles it, and Chromium then
 * rebuilds every registered highlight): they are never kept nor count towards OVERFLOW_RECORDS.
 */
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true };

/**
 * `onBusy`: each time the page changed anything (text, nodes or attributes), ours excepted: at most once a task.
 *
 * `inert`: a node whose change asks nothing of us (the annotator's: a text that holds no match and no number the data
 * knows). A record that touches only such nodes is dropped in the callback, so a frame of counters ticking queues no
 * flush, no batch and no scan.
 *
 * `quiet`: the target of a childList record: true when the nodes it lost held no match and the ones it holds now ask
 * nothing of us (the annotator's: a counter cell re-rendered as a new text). Its record is then dropped unread: reading
 * a record's node lists in our isolated world was most of the callback's cost (issue 16, queue page). A holder moved
 * below the target then removed, before a rescan told the annotator where it went, is still dropped: its old parent's
 * record, which the annotator reads, lists it as removed, and the batch finds it disconnected.
 *
 * Positional: an options object costs its key names in the minified content script.
 */
export function createWatcher(
  win: Window,
  signal: AbortSignal,
  onBatch: (batch: MutationBatch | undefined) => void,
  onBusy?: () => void,
  inert?: (node: Node) => boolean,
  quiet?: (target: Node) => boolean,
): Watcher {
  let pending: MutationRecord[] = [];
  let overflow = false;
  let frame = 0;

  const observer = new MutationObserver((records) => {
    let active = false;
    for (const record of records) {
      // Our own host's attributes (the popover's position) are no sign of a live page.
      if (!active && !isOwnElement(record.target)) active = true;
      if (record.type === 'attributes' || overflow) continue;
      if (record.type === 'childList' && quiet?.(record.target)) continue;
      if (inert && touchesOnly(record, inert)) continue;
      if (pending.length >= OVERFLOW_RECORDS) {
        overflow = true;
        pending = [];
      } else pending.push(record);
    }
    // Reported as it happens, not at the flush: a flush requested from inside a frame's rAF
    // callbacks runs a frame later, so a page changing every frame was flushed every other frame
    // and never looked "live" at 40 fps.
    if (active) onBusy?.();
    if (pending.length > 0 || overflow) {
      if (!frame) frame = win.requestAnimationFrame(flush);
    }
  });

  function flush(): void {
    frame = 0;
    const records = pending;
    const wasOverflow = overflow;
    pending = [];
    overflow = false;
    if (signal.aborted) return;
    // Too many records: no batch (undefined) says to rescan every root instead. An object with the flag, and empty
    // lists beside it, would cost its key names in the minified content script.
    if (wasOverflow) {
      onBatch(undefined);
      return;
    }
    const batch = summarize(records);
    if (batch[0].length > 0 || batch[1]) onBatch(batch);
  }

  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    pending = [];
  });

  return (root) => {
    if (!signal.aborted) observer.observe(root, OPTIONS);
  };
}

/** The record's nodes (the edited text, or every node added and removed) are all `inert`. */
function touchesOnly(record: MutationRecord, inert: (node: Node) => boolean): boolean {
  if (record.type === 'characterData') return inert(record.target);
  // No array per record: the callback runs for every record the page makes.
  for (const node of record.addedNodes) if (!inert(node)) return false;
  for (const node of record.removedNodes) if (!inert(node)) return false;
  return true;
}

/** Reduces a frame's records to what must be scanned: connected, top-most, not ours. */
export function summarize(records: readonly MutationRecord[]): MutationBatch {
  const touched = new Set<Node>();
  let elements = false;
  let removed: Node[] | undefined;
  for (const record of records) {
    if (record.type === 'characterData') {
      touched.add(record.target);
      continue;
    }
    if (record.removedNodes.length > 0) {
      removed ??= [];
      for (const node of record.removedNodes) {
        if (isOwnElement(node)) continue;
        removed.push(node);
        if (node.nodeType === ELEMENT_NODE) elements = true;
      }
    }
    for (const node of record.addedNodes) {
      if (isOwnElement(node)) continue;
      touched.add(node);
      if (node.nodeType === ELEMENT_NODE) elements = true;
    }
  }
  const changed: Node[] = [];
  // Only an element can hold another touched node: a frame that touched texts alone (a counter
  // edited in place or re-rendered as a new text) needs no walk up to the root.
  let touchedElement = false;
  // Nor does a frame that touched one node (a feed's new line): no other touched node can hold it.
  if (touched.size > 1) for (const node of touched) if (node.nodeType === ELEMENT_NODE) touchedElement = true;
  for (const node of touched) {
    if (!node.isConnected || (node.nodeType !== TEXT_NODE && node.nodeType !== ELEMENT_NODE)) continue;
    if (!touchedElement || !hasTouchedAncestor(node, touched)) changed.push(node);
  }
  if (removed && removed.length > REMOVED_LIST_MAX) removed = [];
  return [changed, removed, elements];
}

function hasTouchedAncestor(node: Node, touched: ReadonlySet<Node>): boolean {
  for (let n = node.parentNode; n; n = n.parentNode) {
    if (touched.has(n)) return true;
    if (isOwnElement(n)) return true;
  }
  return false;
}
