/**
 * Main-thread thread time per frame, by trace event name, on a live bench page (issue 16: "added
 * main-thread time per frame ≤ 0.5 ms"). Several builds (and `noext/x`, Chromium with no extension)
 * are loaded interleaved, round by round, and the table gives each event's median over the rounds.
 *
 * Usage (any builds, e.g. `CPT_LENS_OUT=/tmp/a npx wxt build`):
 *   EXTS=/tmp/a/chrome-mv3,/tmp/b/chrome-mv3,noext/x PAGE=feed ROUNDS=6 WARM=2000 npx vite-node scripts/frame-trace.ts
 * PAGE is toggle, queue or feed (test/bench/pages.ts); A11Y=on forces the accessibility tree on.
 *
 * WARM (ms): the page runs that long before the 3 s trace starts, so the trace holds the steady
 * state only. Without it (WARM=0, the default) the trace also holds one-off work: the switch of the
 * marks into boxes (8 frames after the start) and the first sweeps for late shadow roots (1 s and
 * 2 s apart, then backing off). Measured on the feed page, 4–6 rounds on the shared machine: about
 * +1.1–1.5 ms a frame with WARM=2000, against +3.1 ms without; and with the boxes never re-measured
 * (BOX_REFRESH_MS = 1e9, diagnosis only) +0.36 ms: the re-measure every 250 ms is most of the rest.
 * Since the boxes measure only the boxed texts and the new ones between full searches (26–28 rect
 * reads instead of 135; a bench build's rebuildMs went from 2.5–2.8 to 1.4–1.5 ms a rebuild), two
 * 6-round A/Bs on the loaded machine could not tell the builds apart: RunTask per frame ranged from
 * 25 to 86 ms across rounds of one build, its Layout alone from 4 to 52 ms (Chromium without the
 * extension included), so a difference under a few ms is below this script's noise there.
 */
import { createServer } from 'node:http';
import { type BrowserContext, chromium } from '@playwright/test';
import { mutatingPage, queuePage, togglePage } from '../test/bench/pages';
import { chromiumPath, launchWithExtension } from '../test/e2e/support/browser';
import type { TraceEvent } from './bench-live';

const pages: Record<string, string> = {
  '/toggle.html': togglePage(5000),
  '/queue.html': queuePage(5000),
  '/feed.html': mutatingPage(5000),
};
const exts = (process.env.EXTS ?? '').split(',').filter(Boolean);
const name = process.env.PAGE ?? 'feed';
const rounds = Number(process.env.ROUNDS ?? 3);
const warm = Number(process.env.WARM ?? 0);
const a11y = process.env.A11Y === 'on' ? ['--force-renderer-accessibility'] : [];
const categories = ['devtools.timeline', 'blink', 'blink.user_timing', 'v8', 'disabled-by-default-devtools.timeline'];

const server = createServer((req, res) => {
  res.setHeader('content-type', 'text/html');
  res.end(pages[req.url ?? ''] ?? 'x');
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address() as { port: number };

function launch(ext: string): Promise<BrowserContext> {
  if (!ext.startsWith('noext')) return launchWithExtension({ extensionDir: ext, extraArgs: a11y });
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', ...a11y],
  });
}

type Live = Window & { __start(): void; __stop(): void; __frames: number; __f0?: number };
const contexts: BrowserContext[] = [];
for (const ext of exts) contexts.push(await launch(ext));
const perFrame: Record<string, Record<string, number[]>> = {};
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < exts.length; i++) {
    const key = exts[i]!.split('/').slice(-2, -1)[0] ?? exts[i]!;
    const context = contexts[i]!;
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/${name}.html`);
    await page.waitForTimeout(2500);
    if (warm) {
      await page.evaluate(() => (window as unknown as Live).__start());
      await page.waitForTimeout(warm);
    }
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
    await page.evaluate((started) => {
      const w = window as unknown as Live;
      performance.mark('ft:start');
      if (started) w.__f0 = w.__frames;
      else w.__start();
    }, warm > 0);
    await page.waitForTimeout(3000);
    const frames = await page.evaluate(() => {
      const w = window as unknown as Live;
      w.__stop();
      performance.mark('ft:end');
      return w.__frames - (w.__f0 ?? 0);
    });
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    const start = events.find((e) => e.name === 'ft:start')!;
    const end = events.find((e) => e.name === 'ft:end')!;
    const sums: Record<string, number> = {};
    for (const e of events) {
      if (e.pid !== start.pid || e.tid !== start.tid || e.ph !== 'X' || e.ts < start.ts || e.ts > end.ts) continue;
      sums[e.name] = (sums[e.name] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000 / frames;
    }
    // Calls into our content script (its observers, listeners, timers and rAF callbacks; not what
    // resumes after a yield, a promise continuation: the highlighter's rebuild, the scan's slices).
    // Far steadier from round to round than the whole frame's RunTask on this shared machine.
    sums['ours: FunctionCall'] = 0;
    for (const e of events) {
      if (e.pid !== start.pid || e.tid !== start.tid || e.ph !== 'X' || e.ts < start.ts || e.ts > end.ts) continue;
      if (e.name !== 'FunctionCall' || !e.args?.data?.url?.startsWith('chrome-extension://')) continue;
      sums['ours: FunctionCall'] += (e.tdur ?? e.dur ?? 0) / 1000 / frames;
    }
    const byEvent = perFrame[key] ?? {};
    perFrame[key] = byEvent;
    for (const [event, ms] of Object.entries(sums)) {
      const list = byEvent[event] ?? [];
      byEvent[event] = list;
      list.push(ms);
    }
    console.log(
      round,
      key,
      'RunTask',
      (sums.RunTask ?? 0).toFixed(2),
      'ours',
      sums['ours: FunctionCall'].toFixed(3),
      'frames',
      frames,
    );
    await page.close();
  }
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const keys = Object.keys(perFrame);
const names = new Set(keys.flatMap((key) => Object.keys(perFrame[key]!)));
const rows = [...names].map((event) => ({
  event,
  ms: keys.map((key) => (perFrame[key]![event] ? median(perFrame[key]![event]!) : 0)),
}));
rows.sort((a, b) => Math.max(...b.ms) - Math.max(...a.ms));
console.log(['event'.padEnd(34), ...keys.map((key) => key.padStart(12))].join(' '));
for (const row of rows.slice(0, 60)) {
  console.log(row.event.slice(0, 34).padEnd(34), ...row.ms.map((ms) => ms.toFixed(3).padStart(12)));
}
for (const context of contexts) await context.close();
server.close();
process.exit(0);
