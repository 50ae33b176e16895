/**
 * The codes of one tab, summed over its frames, and which frame holds the Nth occurrence of a code.
 * Pure: the popup gathers each frame's `page/list` reply and hands them here.
 *
 * Why per frame: `tabs.sendMessage` without a frameId reaches every frame, but only the first
 * reply comes back, so the popup asks each frame on its own and sums the answers itself.
 */

export interface FrameCounts {
  frameId: number;
  /** code -> occurrences in this frame */
  counts: Readonly<Record<string, number>>;
}

export interface TabCode {
  code: string;
  count: number;
}

/**
 * Frames in a stable order for "the next occurrence": the top frame (id 0) first, then child
 * frames by id, which Chromium and Firefox hand out in creation order.
 */
export function orderFrames(frames: readonly FrameCounts[]): FrameCounts[] {
  return [...frames].sort((a, b) => a.frameId - b.frameId);
}

/** Every code of the tab with its total count, ordered by code (the order coders scan in). */
export function sumFrameCounts(frames: readonly FrameCounts[]): TabCode[] {
  const totals = new Map<string, number>();
  for (const frame of frames) {
    for (const [code, count] of Object.entries(frame.counts)) {
      if (count > 0) totals.set(code, (totals.get(code) ?? 0) + count);
    }
  }
  return [...totals]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * The frame and in-frame index of the `occurrence`-th (0-based, wrapping) instance of `code`
 * across the tab, frames taken in `orderFrames` order. Undefined when no frame holds the code.
 */
export function locateOccurrence({
  frames,
  code,
  occurrence,
}: {
  frames: readonly FrameCounts[];
  code: string;
  occurrence: number;
}): { frameId: number; occurrence: number } | undefined {
  const ordered = orderFrames(frames);
  const total = ordered.reduce((sum, f) => sum + Math.max(0, f.counts[code] ?? 0), 0);
  if (total === 0) return undefined;
  let index = ((occurrence % total) + total) % total;
  for (const frame of ordered) {
    const count = Math.max(0, frame.counts[code] ?? 0);
    if (index < count) return { frameId: frame.frameId, occurrence: index };
    index -= count;
  }
  return undefined;
}

/** Replaces (or adds) one frame's counts, as a `page/counts` update from that frame arrives. */
export function withFrameCounts(frames: readonly FrameCounts[], update: FrameCounts): FrameCounts[] {
  return orderFrames([...frames.filter((f) => f.frameId !== update.frameId), update]);
}
