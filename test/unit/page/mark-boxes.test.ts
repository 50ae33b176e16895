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
    const marks = createMarkBoxes({ doc: document, signal: controller.signal });
    marks.draw([rect(10, 100), rect(10, 140)], 'underline');
    expect(boxes().map((b) => b.style.transform)).toEqual(['translate(10px,100px)', 'translate(10px,140px)']);

    // A stand-in for "written by draw": if draw writes the box again, the mark is gone.
    for (const box of boxes()) box.className = 'untouched';
    marks.draw([rect(10, 100), rect(10, 140)], 'underline');
    expect(boxes().map((b) => b.className)).toEqual(['untouched', 'untouched']);

    // One moved: written again.
    marks.draw([rect(10, 100), rect(10, 180)], 'underline');
    expect(boxes().map((b) => b.className)).toEqual(['underline', 'underline']);
    expect(boxes()[1]!.style.transform).toBe('translate(10px,180px)');

    // The style changed: written again; fewer rects: the rest hidden.
    marks.draw([rect(10, 100)], 'background');
    expect(boxes()[0]!.className).toBe('background');
    expect(boxes().map((b) => b.hidden)).toEqual([false, true]);
  });
});
