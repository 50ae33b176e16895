/**
 * Added main-thread time per frame, measured in ONE tab: the live page keeps mutating while CPT Lens
 * is switched on and off for its site (the popup's switch, through storage), and the page's main
 * thread time per frame is read from the trace in alternating windows.
 *
 * Why: the "with vs without" figure compares two browsers, each loading the 40,000-node page anew;
 * on the shared 2-core machine one build's RunTask per frame ranged from 25 to 86 ms across loads
 * (scripts/frame-trace.ts), so a 0.5 ms difference drowns. Windows of one tab share the page's
 * layout, caches and the machine's drift; each round pairs an on-window with the off-window next to
 * it, and the order flips every round so a trend over the run cancels out.
 *
 * "Off" is CPT Lens disabled for the site: the content script stays loaded but idle (no observer,
 * no timer, no highlight, no host: `disable()` in entrypoints/content/index.ts), so the difference is
 * everything our running code adds, including Chromium's highlight and box rendering.
 *
 * `npm run bench` runs it inside the live measure (scripts/bench-live.ts); alone, with
 * `BENCH_ONLY=onoff BENCH_REPEATS=6 npx vite-node scripts/bench.ts` (a build in CPT_LENS_OUT).
 *
 * Diagnosis (issue 16: where the added time goes), env-gated, only with BENCH_ONLY=onoff:
 * - ONOFF_PAGES=queue (comma-separated: toggle, queue, feed) and ONOFF_A11Y=off|on limit the run;
 * - ONOFF_EVENTS=1 traces more categories (devtools.timeline, blink, v8, accessibility, cc) and
 *   reports, per trace event name on the page's main thread, the per-frame on-minus-off difference
 *   of its total and of its self time (its thread time less that of the events nested in it),
 *   median over the rounds (order flipped each round), with each round's values. The extra
 *   categories cost trace overhead in both windows, so the RunTask figure of this mode reads higher
 *   than the plain one; compare builds in the same mode. ONOFF_TOP (default 40) rows are printed
 *   to stderr; all are in the result's `byEvent`. A FunctionCall into our content script is
 *   counted as "FunctionCall (ours)". ONOFF_DUMP=FILE also writes the raw trace and windows.
 *   E.g. `BENCH_ONLY=onoff ONOFF_PAGES=queue ONOFF_A11Y=off ONOFF_EVENTS=1 BENCH_REPEATS=6 npx vite-node scripts/bench.ts`.
 *
 * What it found on the queue page (1 December 2026, commit c943975, 6 rounds, a11y off, ~43 frames
 * a second; the page itself costs 21–24 ms of main thread a frame, 11–12 ms of it
 * CompositingInputs): the added time is our JavaScript, not rendering. FunctionCall (ours) +0.34
 * ms a frame (rounds 0.23–0.45), of it the MutationObserver callback ≈0.15 (≈140 µs a call for 40
 * records, most of it reading the 20 childList records' node lists in our isolated world) and the
 * boxes' re-measure ≈0.13 (28 rect reads every 250 ms, 163 every 1 s, ≈7 µs of style-and-layout
 * check per read); the page's own rAF callback +0.05–0.1 (the records being queued); Layout, Paint,
 * PrePaint, Layerize and Commit on − off within ±0.3 ms with both signs over two runs (noise).
 */
import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from '../test/e2e/support/browser';
import type { TraceEvent } from './bench-live';

/** Time for a switch to take effect: on means a full scan of the page, then boxes after 8 busy frames. */
const SETTLE_ON_MS = 2500;
const SETTLE_OFF_MS = 1000;
/**
 * 2 s, not 1.5: a window then holds about 80 frames, so one stray task (a GC, the machine's other
 * work) moves its per-frame figure less; rounds of 1.5 s swung by ±1 ms and more (README, issue 16).
 */
const WINDOW_MS = 2000;
const WARM_MS = 5000;
const CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata', 'disabled-by-default-devtools.timeline'];
/** ONOFF_EVENTS=1: what the breakdown by event name reads (frame-trace.ts's, plus accessibility and cc). */
const EVENT_CATEGORIES = [...CATEGORIES, 'devtools.timeline', 'blink', 'v8', 'accessibility', 'cc'];
const BY_EVENT = process.env.ONOFF_EVENTS === '1';
const OURS = 'FunctionCall (ours)';

type Live = Window & { __start(): void; __stop(): void; __frames: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The first and third quartiles of `xs` (linear between order statistics, as numpy's default): the
 * spread of the rounds beside their median, so a reader sees whether the target lies inside it.
 */
export function quartiles(xs: readonly number[]): [q1: number, q3: number] {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return [Number.NaN, Number.NaN];
  const at = (q: number) => {
    const i = (s.length - 1) * q;
    const lo = Math.floor(i);
    return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
  };
  return [at(0.25), at(0.75)];
}

/** The stored settings a user gets from the popup's switch: "only listed sites" with none listed is off everywhere. */
async function setEnabled(worker: Worker, enabled: boolean): Promise<void> {
  await worker.evaluate(
    (on) =>
      chrome.storage.local.set({
        settings: on ? {} : { mode: 'only-listed', sites: [] },
        settings$: { v: 2 },
      }),
    enabled,
  );
}

async function isRunning(page: Page): Promise<boolean> {
  // Our UI host or a registered highlight: the page can see either.
  return page.evaluate(
    () =>
      document.querySelector('cpt-lens-ui, cpt-lens-marks') !== null ||
      [...CSS.highlights.keys()].some((k) => k.startsWith('cpt-lens')),
  );
}

export interface OnOffResult {
  /** Median of the rounds' (on − off) main-thread ms per frame. */
  addedMs: number;
  onMs: number;
  offMs: number;
  /** The rounds' first and third quartiles (on − off, ms per frame). */
  spread: [number, number];
  /** Each round's difference, in run order. */
  rounds: number[];
  /** ONOFF_EVENTS=1: per event name, ms per frame (see the header), largest |median difference| first. */
  byEvent?: EventDiff[];
}

export interface EventDiff {
  name: string;
  /** Median over rounds of (on − off) total ms per frame, and of self ms per frame. */
  totalMs: number;
  selfMs: number;
  onTotalMs: number;
  offTotalMs: number;
  /** Each round's (on − off) self ms per frame, in run order. */
  selfRounds: number[];
}

/**
 * Total and self thread time (µs) by event name of the complete events on one thread within
 * [from, to]; self is an event's time less that of the events nested in it (by wall-clock extent).
 */
export function sumByName(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
  from: number,
  to: number,
): Map<string, { total: number; self: number }> {
  const mine = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const sums = new Map<string, { total: number; self: number }>();
  const stack: { end: number; name: string }[] = [];
  for (const e of mine) {
    const own = e.tdur ?? e.dur ?? 0;
    while (stack.length > 0 && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) sums.get(parent.name)!.self -= own;
    const name = e.name === 'FunctionCall' && e.args?.data?.url?.startsWith('chrome-extension://') ? OURS : e.name;
    const sum = sums.get(name) ?? { total: 0, self: 0 };
    sums.set(name, sum);
    sum.total += own;
    sum.self += own;
    stack.push({ end: e.ts + (e.dur ?? 0), name });
  }
  return sums;
}

/** One page already open in `context` (an extension build loaded), mutating from now on. */
export async function measureOnOff({
  context,
  url,
  rounds,
}: {
  context: BrowserContext;
  url: string;
  rounds: number;
}): Promise<OnOffResult> {
  const worker = await serviceWorkerOf(context);
  const page = await context.newPage();
  await page.goto(url, { timeout: 180_000 });
  await page.evaluate(() => (window as unknown as Live).__start());
  // The load's one-off work (the first scan, the switch into boxes, the first late-root sweeps)
  // stays out of the first window: in a trial run it made one on-window 109 ms a frame, and with
  // the accessibility tree on the first two rounds read 7–14 ms where the later ones read about 1.
  await sleep(WARM_MS);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: BY_EVENT ? EVENT_CATEGORIES : CATEGORIES },
    transferMode: 'ReportEvents',
  });
  const windows: { name: string; on: boolean; frames: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [true, false] : [false, true];
    for (const on of order) {
      await setEnabled(worker, on);
      // A switch that did not take effect would make the pair meaningless.
      const by = Date.now() + 20_000;
      while ((await isRunning(page)) !== on) {
        if (Date.now() > by) throw new Error(`CPT Lens did not turn ${on ? 'on' : 'off'} within 20 s`);
        await sleep(50);
      }
      await sleep(on ? SETTLE_ON_MS : SETTLE_OFF_MS);
      const name = `onoff:${r}:${on ? 'on' : 'off'}`;
      const f0 = await page.evaluate((n) => {
        performance.mark(`${n}:start`);
        return (window as unknown as Live).__frames;
      }, name);
      await sleep(WINDOW_MS);
      const f1 = await page.evaluate((n) => {
        performance.mark(`${n}:end`);
        return (window as unknown as Live).__frames;
      }, name);
      windows.push({ name, on, frames: f1 - f0 });
    }
  }
  await page.evaluate(() => (window as unknown as Live).__stop());
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  await setEnabled(worker, true);

  // ONOFF_DUMP=FILE: the raw trace and the windows, for a look by hand.
  if (BY_EVENT && process.env.ONOFF_DUMP) {
    writeFileSync(process.env.ONOFF_DUMP, JSON.stringify({ windows, events }));
  }
  const perFrame = new Map<string, number>();
  const byName = new Map<string, Map<string, { total: number; self: number }>>();
  for (const w of windows) {
    const start = events.find((e) => e.name === `${w.name}:start`);
    const end = events.find((e) => e.name === `${w.name}:end`);
    if (!start || !end) throw new Error(`marks of ${w.name} missing from the trace`);
    let us = 0;
    for (const e of events) {
      if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== start.pid || e.tid !== start.tid) continue;
      if (e.ts < start.ts || e.ts > end.ts) continue;
      us += e.tdur ?? e.dur ?? 0;
    }
    perFrame.set(w.name, us / 1000 / Math.max(1, w.frames));
    if (BY_EVENT) byName.set(w.name, sumByName(events, start.pid, start.tid, start.ts, end.ts));
  }
  const diffs: number[] = [];
  for (let r = 0; r < rounds; r++) diffs.push(perFrame.get(`onoff:${r}:on`)! - perFrame.get(`onoff:${r}:off`)!);
  let byEvent: EventDiff[] | undefined;
  if (BY_EVENT) {
    const frames = new Map(windows.map((w) => [w.name, Math.max(1, w.frames)]));
    const names = new Set([...byName.values()].flatMap((m) => [...m.keys()]));
    const at = (r: number, on: boolean, name: string, key: 'total' | 'self') => {
      const w = `onoff:${r}:${on ? 'on' : 'off'}`;
      return (byName.get(w)!.get(name)?.[key] ?? 0) / 1000 / frames.get(w)!;
    };
    const round3 = (x: number) => Math.round(x * 1000) / 1000;
    const rs = [...Array(rounds).keys()];
    byEvent = [...names].map((name) => ({
      name,
      totalMs: round3(median(rs.map((r) => at(r, true, name, 'total') - at(r, false, name, 'total')))),
      selfMs: round3(median(rs.map((r) => at(r, true, name, 'self') - at(r, false, name, 'self')))),
      onTotalMs: round3(median(rs.map((r) => at(r, true, name, 'total')))),
      offTotalMs: round3(median(rs.map((r) => at(r, false, name, 'total')))),
      selfRounds: rs.map((r) => round3(at(r, true, name, 'self') - at(r, false, name, 'self'))),
    }));
    byEvent.sort(
      (a, b) => Math.max(Math.abs(b.totalMs), Math.abs(b.selfMs)) - Math.max(Math.abs(a.totalMs), Math.abs(a.selfMs)),
    );
  }
  return {
    byEvent,
    addedMs: round2(median(diffs)),
    onMs: round2(median(windows.filter((w) => w.on).map((w) => perFrame.get(w.name)!))),
    offMs: round2(median(windows.filter((w) => !w.on).map((w) => perFrame.get(w.name)!))),
    spread: quartiles(diffs).map(round2) as [number, number],
    rounds: diffs.map(round2),
  };
}

/** BENCH_ONLY=onoff: the three live pages, accessibility off then on, one browser each. */
export async function benchOnOff({
  extensionDir,
  pages,
  rounds,
}: {
  extensionDir: string;
  pages: Record<'toggle' | 'queue' | 'feed', string>;
  rounds: number;
}): Promise<Record<string, Record<'off' | 'on', OnOffResult>>> {
  const results: Record<string, Record<'off' | 'on', OnOffResult>> = {};
  const onlyPages = process.env.ONOFF_PAGES?.split(',');
  const onlyA11y = process.env.ONOFF_A11Y;
  for (const a11y of ['off', 'on'] as const) {
    if (onlyA11y && onlyA11y !== a11y) continue;
    const context = await launchWithExtension({
      extensionDir,
      viewport: { width: 1280, height: 800 },
      extraArgs: a11y === 'on' ? ['--force-renderer-accessibility'] : [],
    });
    try {
      for (const [name, url] of Object.entries(pages)) {
        if (onlyPages && !onlyPages.includes(name)) continue;
        console.error(`same tab on/off: ${name}, accessibility ${a11y}…`);
        results[name] ??= {} as Record<'off' | 'on', OnOffResult>;
        results[name]![a11y] = await measureOnOff({ context, url, rounds });
        const { byEvent, ...result } = results[name]![a11y];
        console.error(JSON.stringify({ page: name, a11y, ...result }));
        if (byEvent) console.error(eventTable(byEvent));
      }
    } finally {
      await context.close();
    }
  }
  return results;
}

/** The breakdown as text: ms per frame, on − off (total, self), on and off totals, self per round. */
export function eventTable(rows: readonly EventDiff[], top = Number(process.env.ONOFF_TOP ?? 40)): string {
  const f = (x: number) => x.toFixed(3).padStart(8);
  const lines = [
    `${'event'.padEnd(40)} ${'Δtotal'.padStart(8)} ${'Δself'.padStart(8)} ${'on'.padStart(8)} ${'off'.padStart(8)}  Δself by round`,
  ];
  for (const r of rows.slice(0, top)) {
    lines.push(
      `${r.name.slice(0, 40).padEnd(40)} ${f(r.totalMs)} ${f(r.selfMs)} ${f(r.onTotalMs)} ${f(r.offTotalMs)}  ${r.selfRounds.join(' ')}`,
    );
  }
  return lines.join('\n');
}
