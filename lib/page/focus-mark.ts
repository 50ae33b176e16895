/**
 * The focus mark: the code keyboard travel stands on, drawn as a Highlight of its own
 * (`cpt-lens-focus`, styled in highlight.css, which also reaches scanned shadow roots). No page
 * node is touched. One StaticRange at a time; the registry is written only when the mark moves.
 */
import { highlightRegistry } from './highlight';
import type { PageMatch } from './match-index';

export const FOCUS_HIGHLIGHT = 'cpt-lens-focus';

export interface FocusMark {
  set(match: Pick<PageMatch, 'node' | 'start' | 'end'>): void;
  clear(): void;
}

/** Positional: an options object costs its key names in the minified content script. */
export function createFocusMark(doc: Document, signal: AbortSignal): FocusMark {
  // The document's own window: a mark in a frame belongs to that frame's registry.
  const win = doc.defaultView as (typeof globalThis & Window) | null;
  const registry = highlightRegistry(win);
  let mark: Highlight | undefined;
  const clear = () => {
    if (mark && registry?.get(FOCUS_HIGHLIGHT) === mark) registry.delete(FOCUS_HIGHLIGHT);
    mark = undefined;
  };
  signal.addEventListener('abort', clear);
  return {
    set({ node, start, end }) {
      if (!registry || !win || signal.aborted) return;
      mark = new win.Highlight(
        new win.StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }),
      );
      // Above the underline, background and flash marks.
      mark.priority = 2;
      registry.set(FOCUS_HIGHLIGHT, mark);
    },
    clear,
  };
}
