import type { Frame, Page } from '@playwright/test';

/** Viewport box of the first occurrence of `code` inside `selector` (in `frame`'s viewport). */
export async function codeBox(frame: Page | Frame, selector: string, code: string) {
  return frame.evaluate(
    ([sel, c]) => {
      const root = document.querySelector(sel);
      if (!root) throw new Error(`no ${sel}`);
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
    [selector, code] as const,
  );
}
