/**
 * Marks matches with the CSS Custom Highlight API: StaticRanges in a registry entry, no page node
 * touched. Highlight names (styled by highlight.css):
 *   `cpt-lens-underline`   the default style
 *   `cpt-lens-background`  the "background" style
 *   `cpt-lens-flash`       a short flash on the occurrence the popup reveals
 * The "off" style registers nothing (hit-testing still works: it reads the match index).
 *
 * Why only near the viewport: Chromium rebuilds every registered range on each frame in which the
 * page changes its DOM or styles (≈15 µs a range, even off-screen; DESIGN.md). So only matches
 * within one screen of the viewport are registered, at most MAX_RANGES, and the set changes by
 * diff, once per frame.
 *
 * How "near" is found: not with an IntersectionObserver on every match's element. Measured here
 * (bench, 4,500 matches on a page that mutates every frame), Chromium recomputes every observed
 * target on every frame with a layout change: 7 ms a frame. Instead the matches are kept in
 * document order and, after a frame in which something moved (scroll, resize, a page change, new
 * matches), ~64 evenly spaced ones are measured; the stretches between samples that touch or
 * straddle the viewport are measured in full. Reads happen in a task right after the frame, when
 * layout is clean, so they force no layout. Cost: a few hundred rect reads, only after a change.
 * Scrolling and resizing re-measure on the next frame; the page's own changes at most every
 * PAGE_REFRESH_MS, so a page that mutates every frame does not pay the reads every frame.
 *
 * Registry writes: each one (`set`, `delete`, `Highlight.add`/`delete`/`clear`) makes Chromium
 * rebuild every custom-highlight marker of the document on the next frame, so the registry is
 * touched only when the set of ranges to show changed, and every write is counted (stats).
 *
 * A page that keeps changing (LIVE_FRAMES consecutive frames): Chromium rebuilds and repaints every
 * registered range on each such frame, whatever changed. The marks then move into a few positioned
 * boxes in our own host (mark-boxes.ts), re-measured at most every BOX_REFRESH_MS, and come back
 * into the Highlight API after QUIET_MS without a change. Both switches happen in one task (boxes
 * drawn and ranges dropped together, or the reverse), so no frame shows neither.
 */
import { COUNTING } from './counting';
import highlightCss from './highlight.css?inline';
import { createMarkBoxes } from './mark-boxes';
import { compareDocumentOrder, type PageMatch } from './match-index';

export type HighlightStyle = 'underline' | 'background' | 'off';

export const HIGHLIGHT_NAMES = {
  underline: 'cpt-lens-underline',
  background: 'cpt-lens-background',
  flash: 'cpt-lens-flash',
} as const;

/**
 * Upper bound of registered ranges. Each costs every frame in which the page mutates (DESIGN.md:
 * ≈15 µs; the bench measured ≈0.1 ms a range on this shared 2-core machine), so the cap is about a
 * screen and a half of dense codes.
 */
export const MAX_RANGES = 60;
/**
 * Screens of margin above and below the viewport while the user scrolls. Small on purpose:
 * registered ranges cost every mutating frame, and the set is re-measured after every frame that
 * scrolls, so codes scrolled into view are marked a frame or two later.
 */
const MARGIN_SCREENS = 0.25;
/**
 * How long the margin outlives the last scroll or resize; after that the set shrinks to the
 * viewport. Measured (bench, page mutating every frame): Chromium rebuilds and repaints every
 * registered range on each such frame, and the margin's ranges were a quarter of that cost.
 */
const SETTLE_MS = 400;
/**
 * Least time between two re-measures caused by the page itself (mutations, new matches) when the
 * user is not scrolling: a page that mutates every frame is re-measured a few times a second, not
 * on every frame. Scrolling and resizing still re-measure on the next frame.
 */
const PAGE_REFRESH_MS = 120;
/** Evenly spaced matches measured first; the stretches between them are measured only if near. */
const SAMPLES = 64;
const FLASH_MS = 1600;
/** Frames in a row in which the page changed, after which the marks move into boxes. */
const LIVE_FRAMES = 8;
/** Least time between two re-measures of the boxes while the page keeps changing. */
const BOX_REFRESH_MS = 250;
/**
 * While only the page keeps changing, the boxes re-measure the glyphs of the texts they show and of
 * the new ones; the full near search (which matches are near the viewport) runs again at least this
 * often, for layout shifts that carry other codes into view.
 */
const NEAR_REFRESH_MS = 1000;
/** No page change for this long: the marks go back into the Highlight API. */
const QUIET_MS = 600;

export interface Highlighter {
  /** `node`'s matches changed (or were dropped): `matches` is the new list, empty when gone. */
  update(node: Text, matches: readonly PageMatch[] | undefined): void;
  /** Something on the page may have moved (elements added or removed): re-check what is near. */
  invalidate(): void;
  /** The page changed something this frame (text, nodes or attributes): counts towards "live". */
  activity(): void;
  setStyle(style: HighlightStyle): void;
  /** Flashes one match (registered even far from the viewport, until the flash ends). */
  flash(match: PageMatch): void;
  /**
   * Brings our ::highlight() rules into an open shadow root where the browser needs them there (Gecko). Only the
   * Firefox build's highlighter has it: the others would only carry an empty method.
   */
  adopt?(root: ShadowRoot): void;
  /** How many ranges are registered now. Only where COUNTING (tests, the bench): the shipped build has none. */
  registered(): number;
  /** Only where COUNTING (lib/page/counting.ts): the shipped build has no `stats` (its `mode` steers the marks). */
  stats(): HighlightStats;
}

export interface HighlightStats {
  /** Main-thread ms spent finding near matches and updating the registry. */
  rebuildMs: number;
  rebuilds: number;
  /** Rect reads in the last rebuild. */
  lastReads: number;
  /** Calls that wrote to the highlight registry or one of our Highlights (each forces a rebuild). */
  registryWrites: number;
  /** Where the marks are drawn now: the Highlight API, or boxes in our host (page mutating). */
  mode: 'highlight' | 'boxes';
}

/** `win`'s highlight registry, where the browser has the API (the focus mark shares this). */
export function highlightRegistry(win: (typeof globalThis & Window) | null): HighlightRegistry | undefined {
  return win && 'highlights' in win.CSS ? win.CSS.highlights : undefined;
}

/** Positional: an options object costs its key names in the minified content script. */
export function createHighlighter(doc: Document, signal: AbortSignal, style: HighlightStyle): Highlighter {
  const win = doc.defaultView;
  const registry = highlightRegistry(win);
  // Where the API is missing there is nothing to mark; hover still finds codes through the index.
  if (!registry || !win) return noHighlighter();
  const HighlightCtor = (win as Window & { Highlight: typeof Highlight }).Highlight;

  const marks = new HighlightCtor();
  const flashes = new HighlightCtor();
  let current: HighlightStyle = style;
  let sheet: CSSStyleSheet | undefined;
  const adopted = new Set<ShadowRoot>();
  const timers = new Set<number>();

  /** Texts holding matches, in document order (appends are the common case: scans walk in order). */
  let ordered: Text[] = [];
  /**
   * Texts that came before the last one in `ordered` (a feed's new line at the top), not yet placed:
   * only the full near search needs the order, and it places them then. A feed line mostly goes
   * before that (a 12-line feed at 60 fps keeps a line 0.2 s), so it never pays a binary search.
   */
  const unplaced = new Set<Text>();
  const matchesOf = new Map<Text, readonly PageMatch[]>();
  /** A text left `ordered` (not `unplaced`): filtered out before the next full search. */
  let removals = false;
  const ranges = new WeakMap<PageMatch, StaticRange>();
  /** The ranges registered now: a rebuild touches the registry only for what differs. */
  let shown = new Set<StaticRange>();
  /** Where the marks are drawn now; it steers the marks, so every build keeps it (a local: shorter than a property). */
  let mode: HighlightStats['mode'] = 'highlight';
  // Where the build counts nothing (lib/page/counting.ts) nothing reads these: the bundler drops the empty object.
  const stats = (COUNTING ? { rebuildMs: 0, rebuilds: 0, lastReads: 0, registryWrites: 0 } : {}) as Omit<
    HighlightStats,
    'mode'
  >;
  const boxes = createMarkBoxes(doc, signal);
  /** Consecutive frames with a page change, and when the last change was seen. */
  let streak = 0;
  let changedAt = -Infinity;
  /** The pending per-frame probe, and whether the page changed since the last one ran. */
  let probe = 0;
  let changedSinceProbe = false;
  /** The marks should be (or are) boxes: set by a streak of changing frames, cleared when quiet. */
  let wantBoxes = false;
  let quietTimer = 0;
  /** One Range for measuring, reused: live Ranges are updated by Chromium on every mutation. */
  let scratch: Range | undefined;
  let queued = false;
  const afterFrame = new win!.IntersectionObserver(() => {
    afterFrame.disconnect();
    queued = false;
    if (!signal.aborted) rebuild();
  });
  /** performance.now() of the last scroll or resize, and of the last rebuild. */
  let movedAt = -Infinity;
  let rebuiltAt = -Infinity;
  /** A deferred re-measure (page-caused, throttled) or the shrink after scrolling settles. */
  let pageTimer = 0;
  let settleTimer = 0;
  /**
   * The last text in document order was below the viewport at the last rebuild: a text appended
   * after it is below too, and needs no re-measure (a first scan appends thousands, slice by slice).
   */
  let tailBelow = false;
  /**
   * Which matches are near must be found again in full (the viewport, the style or the mode
   * changed). Not when only the page changed (a counter, a class, matches or elements coming and
   * going): in boxes, the search is then among the boxed texts and the new ones (see `rebuild`).
   */
  let stale = true;
  /** Texts whose matches came since the last rebuild. */
  const fresh = new Set<Text>();
  /** The ranges the boxes show now. */
  let boxed = new Set<StaticRange>();
  let nearAt = -Infinity;

  function rangeOf(match: PageMatch): StaticRange {
    let range = ranges.get(match);
    if (!range) {
      range = new StaticRange({
        startContainer: match.node,
        startOffset: match.start,
        endContainer: match.node,
        endOffset: match.end,
      });
      ranges.set(match, range);
    }
    return range;
  }

  /**
   * A re-measure the page's own changes ask for: on the next frame if the user is scrolling or the
   * last one is old enough, else once PAGE_REFRESH_MS have passed since the last one.
   */
  function scheduleForPage(): void {
    if (queued || pageTimer || signal.aborted) return;
    const now = performance.now();
    const wait = rebuiltAt + (mode === 'boxes' ? BOX_REFRESH_MS : PAGE_REFRESH_MS) - now;
    if (wait <= 0 || now - movedAt < SETTLE_MS) {
      schedule(false);
      return;
    }
    pageTimer = win!.setTimeout(() => {
      pageTimer = 0;
      schedule(false);
    }, wait);
  }

  /** The viewport moved: re-measure next frame with the margin, then shrink once scrolling settles. */
  function onViewportMove(): void {
    movedAt = performance.now();
    schedule();
    if (settleTimer) win!.clearTimeout(settleTimer);
    settleTimer = win!.setTimeout(() => {
      settleTimer = 0;
      schedule();
    }, SETTLE_MS + 20);
  }

  /**
   * After the next frame has rendered (layout clean), rebuild once. An IntersectionObserver's first
   * report on a target is made in the rendering update and delivered in a task of its own after it,
   * so none of our code runs inside the frame. A rAF callback did: on a big page that frame can be
   * Chrome's page-text capture after load (ChromeRenderFrameObserver::CapturePageText, 50–110 ms at
   * 4× CPU), and it then counted as a long task holding our code.
   */
  function schedule(full = true): void {
    if (full) stale = true;
    if (queued || signal.aborted) return;
    queued = true;
    afterFrame.observe(doc.documentElement);
  }

  /** Adds a text after every other (true), or to `unplaced` (false). */
  function insert(text: Text): boolean {
    const last = ordered[ordered.length - 1];
    if (!last || compareDocumentOrder(last, text) < 0) {
      ordered.push(text);
      return true;
    }
    unplaced.add(text);
    return false;
  }

  /** The band counted as near (viewport coordinates), and its middle. */
  function band(): [top: number, bottom: number, middle: number] {
    const height = win!.innerHeight || doc.documentElement.clientHeight;
    const margin = performance.now() - movedAt < SETTLE_MS ? MARGIN_SCREENS : 0;
    return [-height * margin, height * (1 + margin), height / 2];
  }

  /**
   * The nearest matches' texts, by distance to the viewport's middle, within the margin (in document
   * order, sampled).
   */
  function nearTexts(): Text[] {
    const [top, bottom, middle] = band();
    let reads = 0;
    const place = new Map<number, number>(); // index -> -1 above, 0 near, 1 below, 2 not rendered
    // [text, distance] pairs: an object's key names would ship in the minified content script.
    const near: [text: Text, distance: number][] = [];
    const measure = (i: number): number => {
      let where = place.get(i);
      if (where !== undefined) return where;
      const text = ordered[i]!;
      const rect = text.parentElement?.getBoundingClientRect();
      reads++;
      if (!rect || (rect.width === 0 && rect.height === 0)) where = 2;
      else if (rect.bottom < top) where = -1;
      else if (rect.top > bottom) where = 1;
      else {
        where = 0;
        near.push([text, Math.abs((rect.top + rect.bottom) / 2 - middle)]);
      }
      place.set(i, where);
      return where;
    };
    const n = ordered.length;
    const step = Math.max(1, Math.ceil(n / SAMPLES));
    const samples: number[] = [];
    for (let i = 0; i < n; i += step) samples.push(i);
    if (n > 0 && samples[samples.length - 1] !== n - 1) samples.push(n - 1);
    for (const i of samples) measure(i);
    for (let k = 0; k + 1 < samples.length; k++) {
      const a = measure(samples[k]!);
      const b = measure(samples[k + 1]!);
      // Between two samples on the same side, in document order, the matches are (almost always)
      // on that side too; anything else may hold near matches: measure the stretch.
      if (a === b && a !== 0) continue;
      for (let i = samples[k]! + 1; i < samples[k + 1]!; i++) measure(i);
    }
    if (COUNTING) stats.lastReads = reads;
    tailBelow = n > 0 && place.get(n - 1) === 1;
    near.sort((x, y) => x[1] - y[1]);
    return near.map((x) => x[0]);
  }

  function rebuild(): void {
    if (signal.aborted) return;
    const started = performance.now();
    rebuiltAt = started;
    if (COUNTING) stats.rebuilds++;
    const boxing = wantBoxes && current !== 'off';
    const recent = boxing && mode === 'boxes' && started - nearAt < NEAR_REFRESH_MS;
    // Only the page kept changing since the boxes were drawn (a counter, a class), or matches or
    // elements came or went (a live feed): the near search among the boxed texts and the new ones,
    // from their glyphs' rects only, a few dozen reads instead of a few hundred; a code that other
    // changes carried into view is found by the full search, still run every NEAR_REFRESH_MS.
    let few: Text[] | undefined;
    if (recent && !stale) {
      // The boxed texts first: MAX_RANGES is counted before `measure` drops what is out of view, so
      // new codes far below must not take the places of the ones shown (their boxes would vanish).
      const texts = new Set<Text>();
      for (const range of boxed) texts.add(range.startContainer as Text);
      for (const text of fresh) texts.add(text);
      few = [...texts].filter((text) => matchesOf.has(text));
      if (few.length > SAMPLES) few = undefined;
    }
    fresh.clear();
    stale = false;
    if (!few) {
      nearAt = started;
      // `ordered` as the full search needs it: without gone texts, the unplaced ones in document order.
      if (removals) {
        ordered = ordered.filter((t) => matchesOf.has(t));
        removals = false;
      }
      for (const text of unplaced) {
        let lo = 0;
        let hi = ordered.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (compareDocumentOrder(ordered[mid]!, text) < 0) lo = mid + 1;
          else hi = mid;
        }
        ordered.splice(lo, 0, text);
      }
      unplaced.clear();
    }
    const next = new Set<StaticRange>();
    if (current !== 'off') {
      let left = MAX_RANGES;
      // Among a few texts (the new ones first) no element rect is read: their ranges' own rects,
      // which the boxes draw anyway, say which are near (`measure` drops the others).
      fill: for (const text of few ?? nearTexts()) {
        for (const match of matchesOf.get(text) ?? []) {
          if (left-- <= 0) break fill;
          next.add(rangeOf(match));
        }
      }
    }
    if (boxing && current !== 'off') {
      // Boxes first, then drop the ranges: one task, so the next frame shows the boxes.
      boxes.draw(measure(next), current);
      boxed = next;
      if (shown.size > 0) {
        marks.clear();
        if (COUNTING) stats.registryWrites++;
      }
      shown = new Set();
      mode = 'boxes';
    } else {
      // Every change to the registered set costs the page a highlight rebuild: change only what differs.
      for (const range of shown) {
        if (next.has(range)) continue;
        marks.delete(range);
        if (COUNTING) stats.registryWrites++;
      }
      for (const range of next) {
        if (shown.has(range)) continue;
        marks.add(range);
        if (COUNTING) stats.registryWrites++;
      }
      shown = next;
      if (mode === 'boxes') {
        boxes.draw([], 'underline');
        boxed = new Set();
        mode = 'highlight';
      }
    }
    if (COUNTING) stats.rebuildMs += performance.now() - started;
  }

  /**
   * Client rects of `ranges`' glyphs (read after a frame: layout is clean). A range none of whose
   * rects is near is dropped from `ranges` (a scroll searches again on the next frame).
   */
  function measure(ranges: Set<StaticRange>): DOMRect[] {
    const [top, bottom] = band();
    const rects: DOMRect[] = [];
    scratch ??= doc.createRange();
    for (const range of ranges) {
      const text = range.startContainer;
      const own: DOMRect[] = [];
      // The page may have edited the text since it was scanned (the next batch rescans it).
      if (text.isConnected && range.endOffset <= (text as Text).length) {
        scratch.setStart(text, range.startOffset);
        scratch.setEnd(text, range.endOffset);
        for (const rect of scratch.getClientRects()) if (rect.width > 0 && rect.height > 0) own.push(rect);
      }
      if (own.some((r) => r.bottom >= top && r.top <= bottom)) rects.push(...own);
      else ranges.delete(range);
    }
    // Park the scratch range where a page mutation seldom reaches it.
    scratch.setStart(doc, 0);
    scratch.collapse(true);
    return rects;
  }

  /**
   * The page changed something. Counted per frame by a rAF probe that runs only while the page keeps
   * changing: "every frame" whatever the frame rate (a heavy page at 15 fps is as live as a light
   * one at 60), and a page re-rendering on a slower timer never builds a streak.
   */
  function activity(): void {
    if (signal.aborted) return;
    changedAt = performance.now();
    changedSinceProbe = true;
    // In boxes the streak no longer matters (the quiet timer reads changedAt): no rAF a frame.
    if (!probe && !wantBoxes) probe = win!.requestAnimationFrame(probeFrame);
    if (wantBoxes) {
      // Boxes follow the page by measure: re-measure what they show (throttled to BOX_REFRESH_MS).
      scheduleForPage();
    }
  }

  /** Once a frame while the page changes: a frame with a change extends the streak, one without cuts it. */
  function probeFrame(): void {
    probe = 0;
    if (signal.aborted) return;
    if (!changedSinceProbe) {
      // A skipped frame now and then costs the streak a little, not all of it.
      streak = Math.max(0, streak - 2);
      return;
    }
    changedSinceProbe = false;
    streak++;
    if (wantBoxes) return;
    probe = win!.requestAnimationFrame(probeFrame);
    if (streak < LIVE_FRAMES || current === 'off' || shown.size === 0) return;
    wantBoxes = true;
    win!.cancelAnimationFrame(probe);
    probe = 0;
    // The host goes in now; the boxes are drawn after the next frame, when its layout is clean.
    boxes.prepare();
    schedule();
    armQuiet(QUIET_MS);
  }

  /** Back into the Highlight API once the page stopped changing for QUIET_MS. */
  function armQuiet(wait: number): void {
    quietTimer = win!.setTimeout(() => {
      quietTimer = 0;
      const quietFor = performance.now() - changedAt;
      if (quietFor < QUIET_MS) {
        armQuiet(QUIET_MS - quietFor);
        return;
      }
      wantBoxes = false;
      streak = 0;
      schedule();
    }, wait);
  }

  /** Registers `marks` under the current style's name (and no other); writes only what differs. */
  function register(): void {
    for (const style of ['underline', 'background'] as const) {
      const name = HIGHLIGHT_NAMES[style];
      const on = registry!.get(name) === marks;
      if (on === (style === current)) continue;
      if (on) registry!.delete(name);
      else registry!.set(name, marks);
      if (COUNTING) stats.registryWrites++;
    }
  }

  register();
  registry.set(HIGHLIGHT_NAMES.flash, flashes);
  if (COUNTING) stats.registryWrites++;
  // Scrolling anywhere (the window or an inner scroller: capture sees both) moves what is near.
  doc.addEventListener('scroll', onViewportMove, { capture: true, passive: true, signal });
  win.addEventListener('resize', onViewportMove, { passive: true, signal });
  const onMove = () => schedule();
  // Content can become visible with no childList/characterData mutation (a modal <dialog> or
  // <details> opening, a tab panel shown by a class or attribute change): its matches were indexed
  // while hidden but never registered. These events are rare; schedule() coalesces them per frame.
  for (const type of ['toggle', 'transitionend', 'animationend', 'click', 'keyup']) {
    doc.addEventListener(type, onMove, { capture: true, passive: true, signal });
  }
  signal.addEventListener('abort', () => {
    afterFrame.disconnect();
    if (probe) win.cancelAnimationFrame(probe);
    win.clearTimeout(pageTimer);
    win.clearTimeout(settleTimer);
    win.clearTimeout(quietTimer);
    for (const timer of timers) win.clearTimeout(timer);
    // Only the Firefox build adopts a sheet (adopt, below): the Chromium build leaves this loop out.
    if (import.meta.env.FIREFOX) {
      for (const root of adopted) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      if (registry.get(name) === marks || registry.get(name) === flashes) registry.delete(name);
    }
    ordered = [];
    unplaced.clear();
    matchesOf.clear();
    fresh.clear();
  });

  const api: Omit<Highlighter, 'registered' | 'stats'> = {
    update(text, matches) {
      if (!matches || matches.length === 0) {
        if (matchesOf.delete(text) && !unplaced.delete(text)) removals = true;
      } else {
        const appended = !matchesOf.has(text) && insert(text);
        matchesOf.set(text, matches);
        if (appended && tailBelow) return;
        fresh.add(text);
      }
      scheduleForPage();
    },
    invalidate: scheduleForPage,
    activity,
    setStyle(next) {
      if (next === current) return;
      current = next;
      register();
      schedule();
    },
    flash(match) {
      const range = rangeOf(match);
      flashes.add(range);
      if (COUNTING) stats.registryWrites++;
      const timer = win.setTimeout(() => {
        timers.delete(timer);
        flashes.delete(range);
        if (COUNTING) stats.registryWrites++;
      }, FLASH_MS);
      timers.add(timer);
    },
  };
  if (import.meta.env.FIREFOX) {
    api.adopt = (root) => {
      // Chromium carries :root's highlight styles into shadow trees (highlight.css); adopting a
      // sheet would only restyle the tree. Gecko needs the rules in each tree (same gate as the CSS).
      // Only the Firefox build can run in Gecko: the Chromium build leaves this sheet (and its CSS) out.
      if (!win.CSS.supports('-moz-appearance', 'none')) return;
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(highlightCss);
      }
      if (root.adoptedStyleSheets.includes(sheet)) return;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      adopted.add(root);
    };
  }
  // Only the bench and the tests read these (lib/page/counting.ts): the shipped build leaves them out.
  return COUNTING ? { ...api, registered: () => marks.size, stats: () => ({ ...stats, mode }) } : (api as Highlighter);
}

function noHighlighter(): Highlighter {
  const api: Omit<Highlighter, 'registered' | 'stats'> = {
    update() {},
    invalidate() {},
    activity() {},
    setStyle() {},
    flash() {},
  };
  // As createHighlighter's: only the bench and the tests read these.
  return COUNTING
    ? {
        ...api,
        registered: () => 0,
        stats: () => ({ rebuildMs: 0, rebuilds: 0, lastReads: 0, registryWrites: 0, mode: 'highlight' }),
      }
    : (api as Highlighter);
}
