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
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from '../test/e2e/support/browser';
import type { TraceEvent } from './bench-live';

/** Time for a switch to take effect: on means a full scan of the page, then boxes after 8 busy frames. */
const SETTLE_ON_MS = 2500;
const SETTLE_OFF_MS = 1000;
const WINDOW_MS = 1500;
const WARM_MS = 5000;
const CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata', 'disabled-by-default-devtools.timeline'];

type Live = Window & { __start(): void; __stop(): void; __frames: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

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
  /** Each round's difference, in run order. */
  rounds: number[];
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
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
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

  const perFrame = new Map<string, number>();
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
  }
  const diffs: number[] = [];
  for (let r = 0; r < rounds; r++) diffs.push(perFrame.get(`onoff:${r}:on`)! - perFrame.get(`onoff:${r}:off`)!);
  return {
    addedMs: round2(median(diffs)),
    onMs: round2(median(windows.filter((w) => w.on).map((w) => perFrame.get(w.name)!))),
    offMs: round2(median(windows.filter((w) => !w.on).map((w) => perFrame.get(w.name)!))),
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
  for (const a11y of ['off', 'on'] as const) {
    const context = await launchWithExtension({
      extensionDir,
      viewport: { width: 1280, height: 800 },
      extraArgs: a11y === 'on' ? ['--force-renderer-accessibility'] : [],
    });
    try {
      for (const [name, url] of Object.entries(pages)) {
        console.error(`same tab on/off: ${name}, accessibility ${a11y}…`);
        results[name] ??= {} as Record<'off' | 'on', OnOffResult>;
        results[name]![a11y] = await measureOnOff({ context, url, rounds });
        console.error(JSON.stringify({ page: name, a11y, ...results[name]![a11y] }));
      }
    } finally {
      await context.close();
    }
  }
  return results;
}
