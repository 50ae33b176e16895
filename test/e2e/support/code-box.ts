import type { Frame, Page } from '@playwright/test';

/**
 * Viewport box of the first occurrence of `code` inside `selector` (in `frame`'s viewport); with
 * `shadow`, inside the open shadow root of the element `selector` names.
 */
export async function codeBox(frame: Page | Frame, selector: string, code: string, { shadow = false } = {}) {
  return frame.evaluate(
    ([sel, c, inShadow]) => {
      const host = document.querySelector(sel);
      const root = inShadow ? host?.shadowRoot : host;
      if (!root) throw new Error(`no ${sel}${inShadow ? ' shadow root' : ''}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(c);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + c.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      throw new Error(`no ${c} in ${sel}`);
    },
    [selector, code, shadow] as const,
  );
}
