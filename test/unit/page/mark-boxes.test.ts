/**
 * lib/page/mark-boxes: a live page re-measures the boxes a few times a second, and mostly nothing
 * moved; then no box is touched. happy-dom has no layout, so the host's origin is (0, 0) and the
 * rects are given. Real drawing is covered in e2e (test/e2e/live-marks.spec.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMarkBoxes, MARKS_HOST_TAG } from '../../../lib/page/mark-boxes';

const rect = (left: number, top: number) => ({ left, top, width: 40, height: 16 });
let controller: AbortController;

beforeEach(() => {
  document.body.replaceChildren();
  controller = new AbortController();
});
afterEach(() => controller.abort());

function boxes(): HTMLElement[] {
  const host = document.querySelector(MARKS_HOST_TAG);
  return [...(host?.shadowRoot?.querySelectorAll('i') ?? [])] as HTMLElement[];
}

describe('mark boxes', () => {
  it('places one box per rect, and touches none when a re-measure finds nothing moved', () => {
    const marks = createMarkBoxes(document, controller.signal);
    marks.draw([rect(10, 100), rect(10, 140)], 'underline');
    expect(boxes().map((b) => b.style.transform)).toEqual(['translate(10px,100px)', 'translate(10px,140px)']);

    // A stand-in for "written by draw": if draw writes the box again, the mark is gone.
    for (const box of boxes()) box.className = 'untouched';
    marks.draw([rect(10, 100), rect(10, 140)], 'underline');
    expect(boxes().map((b) => b.className)).toEqual(['untouched', 'untouched']);

    // One moved: that one is written again, the other is not.
    marks.draw([rect(10, 100), rect(10, 180)], 'underline');
    expect(boxes().map((b) => b.className)).toEqual(['untouched', 'underline']);
    expect(boxes()[1]!.style.transform).toBe('translate(10px,180px)');

    // The style changed: all written again; fewer rects: the rest hidden.
    marks.draw([rect(10, 100)], 'background');
    expect(boxes()[0]!.className).toBe('background');
    expect(boxes().map((b) => b.hidden)).toEqual([false, true]);
  });

  it('a draw after a code comes in at the top writes only the box whose rect changed', () => {
    const marks = createMarkBoxes(document, controller.signal);
    // A feed: three codes, nearest first (the highlighter's order).
    marks.draw([rect(10, 100), rect(10, 140), rect(10, 180)], 'underline');
    const shadow = document.querySelector(MARKS_HOST_TAG)!.shadowRoot!;
    // Every write to a box (class, style, hidden) is an attribute record, even when the value is the same.
    const writes = new MutationObserver(() => {});
    writes.observe(shadow, { attributes: true, subtree: true });

    // A new item with a code at the top; the three below did not move.
    marks.draw([rect(10, 60), rect(10, 100), rect(10, 140), rect(10, 180)], 'underline');
    const written = new Set(writes.takeRecords().map((r) => r.target));
    expect(written.size).toBe(1);
    expect(([...written][0] as HTMLElement).style.transform).toBe('translate(10px,60px)');
    expect(
      boxes()
        .filter((b) => !b.hidden)
        .map((b) => b.style.transform)
        .sort(),
    ).toEqual(['translate(10px,100px)', 'translate(10px,140px)', 'translate(10px,180px)', 'translate(10px,60px)']);

    // The nearest code scrolled off with the item that held it: its box is hidden, no other is written.
    marks.draw([rect(10, 100), rect(10, 140), rect(10, 180)], 'underline');
    const hidden = writes.takeRecords();
    expect(new Set(hidden.map((r) => r.target)).size).toBe(1);
    expect(
      boxes()
        .filter((b) => b.hidden)
        .map((b) => b.style.transform),
    ).toEqual(['translate(10px,60px)']);
    writes.disconnect();
  });
});
