/**
 * Marks drawn as boxes in our own host, for a page that mutates every frame: Chromium rebuilds
 * every registered highlight range on each frame in which the page's DOM or style changed
 * (DESIGN.md "Page pipeline", step 4), while a few positioned boxes in a contained host cost the
 * page nothing until we move them. The highlighter measures the ranges (after a frame, layout
 * clean) and hands their rects here; the boxes are placed in document coordinates, so a window
 * scroll moves them with the page at no cost.
 *
 * The host, `<cpt-lens-marks>`, is created on first use: one element appended to
 * `document.documentElement`, an open shadow root, a constructed stylesheet (page CSP), no
 * pointer events (hover still reads the match index), and `contain` so moving a box restyles and
 * lays out only the host.
 */
export const MARKS_HOST_TAG = 'cpt-lens-marks';

/** Same colours as highlight.css, so switching between the two is invisible. One line: a newline in the string is a byte. */
const SHEET =
  ':host{all:initial;position:absolute;left:0;top:0;pointer-events:none;z-index:2147483646;contain:layout style size}' +
  'i{position:absolute;left:0;top:0;display:block}i[hidden]{display:none}' +
  '.underline{background:rgb(66 133 244/.3)}.background{background:rgb(255 213 79/.55)}';

export interface BoxRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface MarkBoxes {
  /**
   * Appends the host now, a frame before the first draw: the draw reads the host's rect, and a host
   * appended in the same task would force a layout of the whole page (5 ms on the 40,000-node page).
   */
  prepare(): void;
  /** Shows one box per rect (viewport coordinates, read in the same task), hides the rest. */
  draw(rects: readonly BoxRect[], style: 'underline' | 'background'): void;
}

/** Positional: an options object costs its key names in the minified content script. */
export function createMarkBoxes(doc: Document, signal: AbortSignal): MarkBoxes {
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  const pool: HTMLElement[] = [];
  /** What each box shows ("left,top,width,height", document coordinates), '' when hidden; and the style. */
  const shows: string[] = [];
  let placedStyle = '';

  function ensureHost(): ShadowRoot {
    if (host?.isConnected && root) return root;
    host = doc.createElement(MARKS_HOST_TAG);
    root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SHEET);
    root.adoptedStyleSheets = [sheet];
    pool.length = 0;
    shows.length = 0;
    doc.documentElement.append(host);
    return root;
  }

  signal.addEventListener('abort', () => host?.remove());

  return {
    prepare() {
      if (!signal.aborted) ensureHost();
    },
    draw(rects, style) {
      if (signal.aborted || (rects.length === 0 && !shows.some(Boolean))) return;
      const shadow = ensureHost();
      // Document coordinates: the host sits at the initial containing block's origin, wherever the
      // page's margins put it; read its own rect once.
      const origin = host!.getBoundingClientRect();
      const todo = new Set(rects.map((r) => `${r.left - origin.left},${r.top - origin.top},${r.width},${r.height}`));
      const restyle = style !== placedStyle;
      placedStyle = style;
      // A rect already shown keeps its box: a live page re-measures a few times a second and mostly
      // nothing moved, and a feed slot that gains or loses a code must not shift every later box by
      // one (the rects come nearest first). Only the boxes whose rect changed are written.
      const free: number[] = [];
      for (let i = 0; i < pool.length; i++) if (restyle || !todo.delete(shows[i]!)) free.push(i);
      for (const key of todo) {
        const i = free.shift() ?? pool.length;
        let box = pool[i];
        if (!box) {
          box = doc.createElement('i');
          pool.push(box);
          shadow.append(box);
        }
        const [left, top, width, height] = key.split(',');
        box.className = style;
        box.style.transform = `translate(${left}px,${top}px)`;
        box.style.width = `${width}px`;
        box.style.height = `${height}px`;
        box.hidden = false;
        shows[i] = key;
      }
      for (const i of free) {
        if (shows[i]) pool[i]!.hidden = true;
        shows[i] = '';
      }
    },
  };
}
