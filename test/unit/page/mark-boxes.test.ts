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

function canvas(): HTMLElement {
  const host = document.querySelector(MARKS_HOST_TAG);
  const found = [...(host?.shadowRoot?.querySelectorAll('i') ?? [])] as HTMLElement[];
  // All boxes are one element, one background layer each.
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The boxes the canvas paints, in the host's coordinates: one per background layer. */
function boxes(): { left: number; top: number; width: number; height: number }[] {
  const { style } = canvas();
  const at = style.backgroundPosition.split(',').map((p) => p.trim().split(/\s+/).map(Number.parseFloat));
  const size = style.backgroundSize.split(',').map((p) => p.trim().split(/\s+/).map(Number.parseFloat));
  expect(style.backgroundImage.split('linear-gradient').length - 1).toBe(at.length);
  return at.map(([x, y], i) => ({
    left: Number.parseFloat(style.left) + x!,
    top: Number.parseFloat(style.top) + y!,
    width: size[i]![0]!,
    height: size[i]![1]!,
  }));
}

describe('mark boxes', () => {
  it('paints one layer per rect on one element, and touches nothing when a re-measure finds nothing moved', () => {
    const marks = createMarkBoxes({ doc: document, signal: controller.signal });
    marks.draw([rect(10, 100), rect(30, 140)], 'underline');
    expect(boxes()).toEqual([rect(10, 100), rect(30, 140)]);
    // The canvas spans the boxes exactly: it adds no overflow to the page.
    expect([canvas().style.width, canvas().style.height]).toEqual(['60px', '56px']);
    expect(canvas().className).toBe('underline');

    // A stand-in for "written by draw": if draw writes the canvas again, the mark is gone.
    canvas().className = 'untouched';
    marks.draw([rect(10, 100), rect(30, 140)], 'underline');
    expect(canvas().className).toBe('untouched');

    // One moved: written again.
    marks.draw([rect(10, 100), rect(30, 180)], 'underline');
    expect(canvas().className).toBe('underline');
    expect(boxes()).toEqual([rect(10, 100), rect(30, 180)]);

    // The style changed: written again; fewer rects: fewer layers.
    marks.draw([rect(10, 100)], 'background');
    expect(canvas().className).toBe('background');
    expect(boxes()).toEqual([rect(10, 100)]);

    // None: the canvas is hidden.
    marks.draw([], 'background');
    expect(canvas().hidden).toBe(true);
  });
});
