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
 *
 * All boxes are ONE element, one background layer per box (`background-position`/`-size` lists),
 * sized to span them. Measured on the feed bench page (a code inserted
 * every frame, so the boxes move at each re-measure): one positioned, translated element per box
 * made each box its own paint layer, transform node and paint chunk, and every re-measure that
 * moved one re-ran Chromium's full layerization (`PaintArtifactCompositor::Update`). One element is
 * one layer and one chunk: a move restyles and repaints it, and nothing else.
 */
export const MARKS_HOST_TAG = 'cpt-lens-marks';

/** Same colours as highlight.css, so switching between the two is invisible. */
const SHEET = `:host{all:initial;position:absolute;left:0;top:0;pointer-events:none;z-index:2147483646;contain:layout style size}
i{position:absolute;display:block;background-repeat:no-repeat}i[hidden]{display:none}
.underline{--c:rgb(66 133 244/.3)}.background{--c:rgb(255 213 79/.55)}`;
const LAYER = 'linear-gradient(var(--c) 0 0)';

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

export function createMarkBoxes({ doc, signal }: { doc: Document; signal: AbortSignal }): MarkBoxes {
  let host: HTMLElement | undefined;
  let box: HTMLElement | undefined;
  /** What the boxes show now: their style, the canvas's place (document coordinates) and the layers. */
  let placed = '';

  function ensureHost(): HTMLElement {
    if (host?.isConnected && box) return box;
    host = doc.createElement(MARKS_HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SHEET);
    root.adoptedStyleSheets = [sheet];
    box = doc.createElement('i');
    box.hidden = true;
    root.append(box);
    placed = '';
    doc.documentElement.append(host);
    return box;
  }

  signal.addEventListener('abort', () => host?.remove(), { once: true });

  return {
    prepare() {
      if (!signal.aborted) ensureHost();
    },
    draw(rects, style) {
      if (signal.aborted || (rects.length === 0 && !placed)) return;
      const canvas = ensureHost();
      // The canvas spans the boxes exactly (no overflow added to the page), each box one layer.
      const x = Math.min(...rects.map((r) => r.left));
      const y = Math.min(...rects.map((r) => r.top));
      const at = rects.map((r) => `${r.left - x}px ${r.top - y}px`).join();
      const size = rects.map((r) => `${r.width}px ${r.height}px`).join();
      // Document coordinates: the host sits at the initial containing block's origin, wherever the
      // page's margins put it; read its own rect once.
      const origin = host!.getBoundingClientRect();
      const left = x - origin.left;
      const top = y - origin.top;
      // A live page re-measures a few times a second, and mostly nothing moved: touch nothing then.
      const next = `${style} ${left} ${top} ${at} ${size}`;
      if (next === placed) return;
      placed = next;
      canvas.hidden = rects.length === 0;
      if (canvas.hidden) return;
      canvas.className = style;
      const css = canvas.style;
      css.left = `${left}px`;
      css.top = `${top}px`;
      css.width = `${Math.max(...rects.map((r) => r.left + r.width)) - x}px`;
      css.height = `${Math.max(...rects.map((r) => r.top + r.height)) - y}px`;
      css.backgroundImage = rects.map(() => LAYER).join();
      css.backgroundPosition = at;
      css.backgroundSize = size;
    },
  };
}
