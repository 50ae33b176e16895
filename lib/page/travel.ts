/**
 * Keyboard travel, this frame's half (the tab's half is lib/travel-order.ts, driven by the
 * background's commands and the popup). A frame reports its codes in reading order and where it
 * stands (`travel/list`); the chosen frame scrolls the code into view, puts the focus mark on it,
 * opens its card without taking focus and says it through the live region (`travel/show`).
 * `travel/selection` opens the card of the code in the selection, in place.
 *
 * Nothing here listens to the page: it acts only on messages from the extension.
 */
import type { ToContent, TravelListReply, TravelSelectionReply } from '../messages';
import type { Annotator, PageMatch } from './annotator';
import { TEXT_NODE } from './dom-constants';
import type { FocusMark } from './focus-mark';
import { type Hover, type HoverMatch, sameMatch } from './hover';
import { compareDocumentOrder } from './match-index';

const FRAMES = 'iframe,frame';

type Located = Pick<HoverMatch, 'node' | 'start'>;

/** True when `m` starts before the point (`node`, `offset`), as a Range boundary reads it. */
export function isBefore(m: Located, node: Node, offset: number): boolean {
  if (node === m.node) return m.start < offset;
  if (node.nodeType !== TEXT_NODE) {
    const child = node.childNodes[offset];
    if (child) return compareDocumentOrder(m.node, child) < 0;
    return node.contains(m.node) || compareDocumentOrder(m.node, node) < 0;
  }
  return compareDocumentOrder(m.node, node) < 0;
}

/** How many of `ordered` satisfy `before` (true for a prefix of them). A user action: linear is fine. */
export function countWhile<T>(ordered: readonly T[], before: (item: T) => boolean): number {
  let i = 0;
  while (i < ordered.length && before(ordered[i]!)) i++;
  return i;
}

/** Every match of the document (shadow trees included), in reading order. */
export function inReadingOrder(annotator: Pick<Annotator, 'counts' | 'occurrences'>): PageMatch[] {
  return [...annotator.counts().keys()]
    .flatMap((code) => annotator.occurrences(code))
    .sort((a, b) => (a.node === b.node ? a.start - b.start : compareDocumentOrder(a.node, b.node)));
}

/** The index of each frame element from the top frame down to `win`; null where a parent is out of reach. */
export function framePath(win: Window): number[] | null {
  const path: number[] = [];
  try {
    for (let w = win; w !== w.top; ) {
      const el = w.frameElement;
      const i = el ? [...el.ownerDocument.querySelectorAll(FRAMES)].indexOf(el) : -1;
      if (i < 0) return null;
      path.unshift(i);
      w = el!.ownerDocument.defaultView!;
    }
  } catch {
    return null;
  }
  return path;
}

export interface Travel {
  handle(message: ToContent): Promise<unknown>;
}

/** Keyboard travel between the codes of this frame. Positional: each argument has its own type, and an options object costs its key names. */
export function startTravel(doc: Document, annotator: Annotator, hover: Hover, mark: FocusMark): Travel {
  let list: PageMatch[] = [];
  let current: PageMatch | undefined;
  // The last caret seen, as two variables: an object's key names would ship in the minified content script.
  let lastCaretNode: Node | undefined;
  let lastCaretOffset: number | undefined;

  // Ancestors of a focused frame have focus too: their active element is the frame element.
  const focusedHere = () => doc.hasFocus() && !/FRAME$/.test(doc.activeElement?.nodeName ?? '');

  function report(): TravelListReply {
    list = inReadingOrder(annotator);
    const at = list.findIndex((x) => sameMatch(x, current));
    const reply: TravelListReply = {
      path: framePath(doc.defaultView!),
      codes: list.map((m) => m.code),
      childBefore: [...doc.querySelectorAll(FRAMES)].map((el) =>
        countWhile(list, (m) => compareDocumentOrder(m.node, el) < 0),
      ),
    };
    if (at >= 0) reply.current = at;
    // A caret (caret browsing, a click) that moved since the last travel is where travel starts.
    const sel = doc.getSelection();
    const node = sel?.focusNode;
    if (node && sel.type === 'Caret' && focusedHere()) {
      const offset = sel.focusOffset;
      if (node !== lastCaretNode || offset !== lastCaretOffset) {
        reply.caret = countWhile(list, (m) => isBefore(m, node, offset));
      }
      lastCaretNode = node;
      lastCaretOffset = offset;
    }
    return reply;
  }

  async function show(m: PageMatch, where: string): Promise<boolean> {
    // Centred, as find-in-page does, and only when out of view (a frame cannot tell whether it is
    // itself in view, so a code in a frame is always centred; the frames around it follow).
    const range = doc.createRange();
    range.setStart(m.node, m.start);
    range.setEnd(m.node, m.end);
    const { top, bottom } = range.getBoundingClientRect();
    const win = doc.defaultView!;
    if (win !== win.top || top < 0 || bottom > win.innerHeight)
      m.node.parentElement?.scrollIntoView({ block: 'center' });
    const data = await hover.showAt(m);
    mark.set(m);
    current = m;
    hover.popover.announce(`CPT ${m.code}${data ? `, ${data.entry.title}` : ''}${where}`);
    return true;
  }

  return {
    async handle(message) {
      if (message.type === 'travel/list') return report();
      if (message.type === 'travel/show') {
        if (message.total === 0) return hover.popover.announce('No CPT codes on this page');
        let m = list[message.index];
        if (!m?.node.isConnected) m = inReadingOrder(annotator)[message.index];
        return !!m && show(m, `, ${message.ordinal} of ${message.total} on this page`);
      }
      if (message.type === 'travel/clear') {
        mark.clear();
        current = undefined;
        if (!hover.popover.pinned) hover.close();
        return true;
      }
      if (message.type !== 'travel/selection') return undefined;
      const sel = doc.getSelection();
      if (!sel?.rangeCount || sel.isCollapsed || (message.focused && !focusedHere())) return undefined;
      // The first marked code in the selection. A number the page's context says is not a code
      // (a ZIP, a claim number) gets no card here: the lookup opens on the selected text instead.
      const range = sel.getRangeAt(0);
      const m = inReadingOrder(annotator).find(
        (x) =>
          range.intersectsNode(x.node) &&
          (x.node !== range.startContainer || x.end > range.startOffset) &&
          (x.node !== range.endContainer || x.start < range.endOffset),
      );
      const reply: TravelSelectionReply = m ? { shown: await show(m, '') } : { shown: false, query: sel.toString() };
      return reply;
    },
  };
}
