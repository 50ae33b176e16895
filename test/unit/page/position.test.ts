import { describe, expect, it } from 'vitest';
import { type Box, MIN_HEIGHT, placePopover as placeAt } from '../../../lib/page/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 400, height: 300 };
type Size = { width: number; height: number };
/** The placement as an object, from the sizes as pairs (placePopover takes them and returns it positionally). */
function placePopover(anchor: Box, { width, height }: Size, view: Size) {
  const [x, y, maxHeight] = placeAt(anchor, width, height, view.width, view.height);
  return { x, y, maxHeight };
}
const at = (left: number, top: number) => ({ left, top, right: left + 40, bottom: top + 16 });

describe('placePopover', () => {
  it('sits below the code, start-aligned, when there is room', () => {
    expect(placePopover(at(100, 100), size, viewport)).toEqual({
      x: 100,
      y: 122,
      maxHeight: 800 - 116 - 6 - 8,
    });
  });

  it('flips above a code near the bottom edge', () => {
    const p = placePopover(at(100, 700), size, viewport);
    // Above: the popover's bottom edge is at least the gap above the code's top.
    expect(p.y + size.height).toBeLessThanOrEqual(700 - 6);
    expect(p.maxHeight).toBe(700 - 6 - 8);
  });

  it('shifts left to stay inside the right edge', () => {
    const p = placePopover(at(900, 100), size, viewport);
    expect(p.x).toBe(1000 - 400 - 8);
  });

  it('keeps the left padding for a code at the left edge', () => {
    expect(placePopover(at(-20, 100), size, viewport).x).toBe(8);
  });

  it('caps the height to the larger side when neither side fits', () => {
    const tall = { width: 400, height: 2000 };
    const p = placePopover(at(100, 300), tall, viewport);
    // Below (the larger side).
    expect(p.maxHeight).toBe(800 - 316 - 14);
    expect(p.y).toBe(322);
  });

  it('never goes above the top edge or below MIN_HEIGHT in a tiny viewport', () => {
    const p = placePopover(at(10, 40), size, { width: 300, height: 200 });
    expect(p.maxHeight).toBe(MIN_HEIGHT);
    expect(p.y).toBeGreaterThanOrEqual(8);
    expect(p.x).toBe(8);
  });
});
