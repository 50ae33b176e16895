/**
 * Which match (if any) is under a viewport point: the caret position at the point gives a text node
 * and offset, the match index gives the match there, and the range's own client rects confirm the
 * point is on the code's glyphs (a caret also lands at the end of a line when the pointer is in
 * the empty space to its right).
 */
import { TEXT_NODE } from './dom-constants';
import type { MatchIndex, PageMatch } from './match-index';

/** Pixels of slack around the glyphs: the pointer on the underline still counts. */
const SLACK = 2;

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): CaretPosition | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/**
 * The caret at a viewport point, as [node, offset]. Positional parameters and result, here and below: an object costs
 * its key names in the minified content script (terser renames locals, never properties).
 */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): [node: Node, offset: number] | undefined {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    // Without the shadowRoots option the caret stops at the host of an open shadow tree.
    const position = d.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? [position.offsetNode, position.offset] : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? [range.startContainer, range.startOffset] : undefined;
  }
  return undefined;
}

export function hitTest(
  doc: Document,
  index: MatchIndex,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): PageMatch | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret) return undefined;
  const [node, offset] = caret;
  if (node.nodeType !== TEXT_NODE) return undefined;
  const matches = index.get(node as Text);
  if (!matches) return undefined;
  // The caret sits between characters: on either side of the code's glyphs is still "at" it.
  for (const match of matches) {
    if (offset < match.start || offset > match.end) continue;
    if (pointIsOnRange(doc, match, x, y)) return match;
  }
  return undefined;
}

function pointIsOnRange(doc: Document, match: PageMatch, x: number, y: number): boolean {
  // The page may have edited the text since the last scan (the next frame's batch rescans it).
  if (match.end > match.node.length) return false;
  const range = doc.createRange();
  range.setStart(match.node, match.start);
  range.setEnd(match.node, match.end);
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK) {
      return true;
    }
  }
  return false;
}
