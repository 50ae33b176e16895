/**
 * Where the popover goes, as a pure function of rectangles. It replaces @floating-ui/dom,
 * which cost ~6 KB gzip of a content script whose budget is 40 KB, for the one placement
 * we need: below the code (start-aligned), flipped above when below lacks room, shifted
 * to stay inside the viewport, with a max height that fits the chosen side.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * x, y and the most height the popover may take on its side (below or above the code); it scrolls inside beyond it. A
 * tuple: an object's key names would ship in the minified content script.
 */
export type Placement = [x: number, y: number, maxHeight: number];

/** Below this the popover is too short to be useful, so it may overlap the code instead. */
export const MIN_HEIGHT = 160;

/** The space between the code and the popover. */
const GAP = 6;
/** The least space kept between the popover and the viewport's edges. */
const PADDING = 8;

/**
 * `width` and `height`: the popover's natural size (before any max height); `viewWidth` and `viewHeight`: the
 * viewport's. Positional, sizes included: an options object, or `{ width, height }` pairs, cost their key names in the
 * minified content script.
 */
export function placePopover(
  anchor: Box,
  width: number,
  height: number,
  viewWidth: number,
  viewHeight: number,
): Placement {
  const below = viewHeight - anchor.bottom - GAP - PADDING;
  const above = anchor.top - GAP - PADDING;
  // Below when the popover fits there or below has more room. Not returned: the popover needs only x, y and the height.
  const goesBelow = height <= below || below >= above;
  const maxHeight = Math.max(MIN_HEIGHT, Math.floor(goesBelow ? below : above));
  const shown = Math.min(height, maxHeight);
  const rawY = goesBelow ? anchor.bottom + GAP : anchor.top - GAP - shown;
  const y = clamp(rawY, PADDING, viewHeight - shown - PADDING);
  const x = clamp(anchor.left, PADDING, viewWidth - width - PADDING);
  return [Math.round(x), Math.round(y), maxHeight];
}

/** Like Math.min(Math.max(...)), but a box wider than the space sticks to the start edge. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
