/**
 * Keyboard travel over a tab's codes, in reading order across its frames. Pure: the background
 * (and the popup) gather one `travel/list` report per frame and hand them here.
 *
 * Reading order: a frame's codes sit where its frame element sits in the parent's text, so each
 * frame reports its `path` (the index of its frame element among the parent's frame elements,
 * from the top down) and, for each of its own frame elements, how many of its codes come before
 * it. A frame whose place is unknown (cross-origin parent, a frame element inside a shadow root)
 * goes last, by frame id.
 */

export interface FrameTravelReport {
  frameId: number;
  /** [] for the top frame; null when the frame cannot see its place in the parent. */
  path: readonly number[] | null;
  /** The code of each of this frame's matches, in reading order. */
  codes: readonly string[];
  /** Per frame element of this document (document order): how many of `codes` come before it. */
  childBefore: readonly number[];
  /** Index in `codes` of the match that holds our focus mark. */
  current?: number;
  /** The caret (caret browsing, a click) moved since the last travel: how many of `codes` come before it. */
  caret?: number;
}

export interface TravelStop {
  frameId: number;
  /** Index in that frame's `codes`. */
  index: number;
  code: string;
}

export type Direction = 'next' | 'previous';

export interface TravelTarget {
  stop: TravelStop;
  /** 1-based position among the stops travelled over (all codes, or one code's occurrences). */
  ordinal: number;
  total: number;
}

const key = (path: readonly number[]) => path.join('/');

/** Every code of the tab, in reading order. */
export function readingOrder(reports: readonly FrameTravelReport[]): TravelStop[] {
  const byPath = new Map<string, FrameTravelReport>();
  const placed = new Set<FrameTravelReport>();
  for (const r of [...reports].sort((a, b) => a.frameId - b.frameId)) {
    if (r.path && !byPath.has(key(r.path))) byPath.set(key(r.path), r);
  }
  const out: TravelStop[] = [];
  const visit = (r: FrameTravelReport) => {
    if (placed.has(r)) return;
    placed.add(r);
    let next = 0;
    const own = (upTo: number) => {
      for (; next < Math.min(upTo, r.codes.length); next++)
        out.push({ frameId: r.frameId, index: next, code: r.codes[next]! });
    };
    r.childBefore.forEach((before, k) => {
      const child = r.path && byPath.get(key([...r.path, k]));
      if (!child) return;
      own(before);
      visit(child);
    });
    own(r.codes.length);
  };
  const top = byPath.get('');
  if (top) visit(top);
  // Frames whose parent did not report (or that cannot place themselves): shallowest first, then by id.
  const rest = reports
    .filter((r) => !placed.has(r))
    .sort((a, b) => (a.path?.length ?? 1e9) - (b.path?.length ?? 1e9) || a.frameId - b.frameId);
  for (const r of rest) visit(r);
  return out;
}

/**
 * Where travel goes from here. It starts from the caret if one moved since the last travel (the
 * deepest frame's, when several report one), else from the focus mark, else from the start (or
 * the end, going back). With `code`, only that code's occurrences are stops. Wraps at both ends.
 */
export function nextStop({
  reports,
  direction,
  code,
}: {
  reports: readonly FrameTravelReport[];
  direction: Direction;
  code?: string;
}): TravelTarget | undefined {
  const all = readingOrder(reports);
  const stops = code ? all.filter((s) => s.code === code) : all;
  if (stops.length === 0) return undefined;
  const forward = direction === 'next';
  // The cursor: a gap in `all` (before position `gap`), or a stop at `at`.
  let gap: number | undefined;
  let at: number | undefined;
  const withCaret = reports
    .filter((r) => r.caret !== undefined)
    .sort((a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0))[0];
  if (withCaret) {
    const first = all.findIndex((s) => s.frameId === withCaret.frameId && s.index >= withCaret.caret!);
    if (first >= 0) gap = first;
    else {
      // After the frame's last code: the gap right after it (or where the frame would be, if it has none).
      let last = -1;
      all.forEach((s, i) => {
        if (s.frameId === withCaret.frameId) last = i;
      });
      gap = last >= 0 ? last + 1 : undefined;
    }
  }
  if (gap === undefined) {
    const holder = reports.find((r) => r.current !== undefined);
    if (holder) {
      const i = all.findIndex((s) => s.frameId === holder.frameId && s.index === holder.current);
      if (i >= 0) at = i;
    }
  }
  const n = all.length;
  let from: number;
  if (at !== undefined) from = forward ? at + 1 : at - 1;
  else if (gap !== undefined) from = forward ? gap : gap - 1;
  else from = forward ? 0 : n - 1;
  for (let step = 0; step < n; step++) {
    const i = (((forward ? from + step : from - step) % n) + n) % n;
    const stop = all[i]!;
    if (code && stop.code !== code) continue;
    return { stop, ordinal: stops.indexOf(stop) + 1, total: stops.length };
  }
  return undefined;
}
