/**
 * What the longest task holding our code on the claims page's load is made of (issue 16, "< 50 ms also
 * under 4× CPU throttling"). `npm run bench` (scripts/bench-live.ts) reports that task's length; this
 * prints what is inside it, run by run:
 * - the task's trace tree and self time by event (GC, V8 compile, style and layout, Chromium's own work);
 * - our six longest tasks, each with its largest child;
 * - the same measure with Chromium's page-text capture taken out of the task it runs in (see below).
 *
 * Usage (after `npm run bench` built .output-bench):
 *   EXTS=.output-bench/chrome-mv3[,other build] RUNS=3 THROTTLE=4 npx vite-node scripts/task-breakdown.ts
 * Several builds are loaded interleaved, run by run (A/B on a shared machine).
 *
 * Same rule as the bench: the longest main-thread RunTask holding at least one V8 CPU-profile sample
 * whose innermost JS frame is our content script (or a native function it called); from the claims
 * page's first User Timing mark to 3 s after its load.
 *
 * Why the capture: `ChromeRenderFrameObserver::CapturePageText` (Chrome reading the page's text
 * after load, for translation and the like) runs inside a rendering task on every load, with or
 * without an extension. Measured at 4× on a quiet machine, the final capture was a 50–61 ms child of
 * the first frame after load, and our ResizeObserver callback and a rAF call (about 1 ms) ran in that
 * same frame, so the whole frame counted as ours.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { claimsPage } from '../test/bench/pages';
import { launchWithExtension } from '../test/e2e/support/browser';
import { ourSamples, type Profile, SAMPLING_US, TRACE_CATEGORIES, type TraceEvent } from './bench-live';

const ROOT = resolve(import.meta.dirname, '..');
const CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';
// The bench's categories, plus what a task's children need: V8 compile and GC, Blink's own work.
const CATEGORIES = [...TRACE_CATEGORIES, 'v8', 'v8.execute', 'disabled-by-default-v8.gc', 'blink', 'renderer'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (us: number) => (us / 1000).toFixed(1);
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const inside = (e: TraceEvent, task: TraceEvent) => e !== task && e.ts >= task.ts && end(e) <= end(task);

/** Self time (ms) by event name inside `task`, nested events subtracted from their parent. */
function selfTimes(task: TraceEvent, events: TraceEvent[]): [string, number][] {
  const all = [task, ...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<TraceEvent, number>(all.map((e) => [e, e.dur ?? 0]));
  const stack: TraceEvent[] = [];
  for (const e of all) {
    while (stack.length > 0 && e.ts >= end(stack[stack.length - 1]!)) stack.pop();
    const top = stack[stack.length - 1];
    if (top) self.set(top, (self.get(top) ?? 0) - (e.dur ?? 0));
    stack.push(e);
  }
  const byName = new Map<string, number>();
  for (const [e, us] of self) byName.set(e.name, (byName.get(e.name) ?? 0) + us / 1000);
  return [...byName].sort((a, b) => b[1] - a[1]);
}

/** The trace tree of `task` down to `depth`, events of at least `minUs`. */
function tree(task: TraceEvent, events: TraceEvent[], depth = 4, minUs = 2000): string[] {
  const lines: string[] = [];
  const stack: TraceEvent[] = [];
  for (const e of [task, ...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    while (stack.length > 0 && e.ts >= end(stack[stack.length - 1]!)) stack.pop();
    const level = stack.length;
    stack.push(e);
    if (level <= depth && (e.dur ?? 0) >= minUs) {
      const url = e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : '';
      lines.push(`${'  '.repeat(level + 1)}${ms(e.dur ?? 0).padStart(6)} ${e.name}${url}`);
    }
  }
  return lines;
}

async function loadOnce(context: BrowserContext, base: string, throttle: number) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const event of e.value as unknown as TraceEvent[]) events.push(event);
  });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // Same origin first, so the renderer (and its profiler) stays the same across the navigation.
  await page.goto(`${base}/warm-up`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  await page.goto(`${base}/claims.html`, { timeout: 180_000 });
  await sleep(3000);
  await page.evaluate(() => performance.mark('breakdown:end'));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return { events, profile };
}

function report(label: string, events: TraceEvent[], profile: Profile): string[] {
  const origin = events.find((e) => e.name === 'bench:origin');
  const stop = events.find((e) => e.name === 'breakdown:end');
  if (!origin || !stop) return [`${label}: marks missing from the trace`];
  const main = events.filter(
    (e) => e.pid === origin.pid && e.tid === origin.tid && e.ph === 'X' && e.ts >= origin.ts && e.ts <= stop.ts,
  );
  const samples = ourSamples(profile).times;
  const oursIn = (task: TraceEvent) => samples.filter((t) => t >= task.ts && t <= end(task)).length;
  const ourTasks = main
    .filter((e) => e.name === 'RunTask' && oursIn(e) > 0)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  const longest = ourTasks[0];
  if (!longest) return [`${label}: no task holds our code`];
  const at = (e: TraceEvent) => `+${ms(e.ts - origin.ts)} ms`;
  const within = main.filter((e) => inside(e, longest));
  const lines = [
    `${label}: longest task holding our code ${ms(longest.dur ?? 0)} ms (thread time ${ms(longest.tdur ?? 0)}), ${(
      (oursIn(longest) * SAMPLING_US) / 1000
    ).toFixed(1)} ms of our samples, at ${at(longest)}`,
    ...tree(longest, within),
    `    self time: ${selfTimes(longest, within)
      .slice(0, 8)
      .map(([name, t]) => `${name} ${t.toFixed(1)}`)
      .join(', ')}`,
    '    our six longest tasks (largest child):',
  ];
  for (const task of ourTasks.slice(0, 6)) {
    const child = main
      .filter((e) => inside(e, task) && !/RunTask|MicrotaskCheckpoint|RunMicrotasks|UpdateLifecycle/.test(e.name))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
    lines.push(
      `      ${ms(task.dur ?? 0).padStart(6)} ms at ${at(task)}: ${child ? `${child.name} ${ms(child.dur ?? 0)}` : '-'}`,
    );
  }
  // The proposed rule: Chromium's page-text capture does not count towards the task it runs in.
  let fair = 0;
  for (const task of ourTasks) {
    const capture = main.filter((e) => e.name === CAPTURE && inside(e, task)).reduce((s, e) => s + (e.dur ?? 0), 0);
    fair = Math.max(fair, (task.dur ?? 0) - capture);
  }
  const captures = main.filter((e) => e.name === CAPTURE).map((e) => `${ms(e.dur ?? 0)} ms at ${at(e)}`);
  lines.push(`    without ${CAPTURE}: ${ms(fair)} ms; captures in this load: ${captures.join(', ') || 'none'}`);
  return lines;
}

async function main() {
  const dirs = (process.env.EXTS ?? resolve(ROOT, '.output-bench/chrome-mv3')).split(',');
  const runs = Number(process.env.RUNS ?? 3);
  const throttle = Number(process.env.THROTTLE ?? 4);
  const html = claimsPage(5000);
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(req.url === '/claims.html' ? html : '<!doctype html><p>warm-up</p>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const contexts: BrowserContext[] = [];
  for (const dir of dirs) contexts.push(await launchWithExtension({ extensionDir: resolve(dir) }));
  try {
    for (let run = 0; run < runs; run++) {
      for (const [i, context] of contexts.entries()) {
        const { events, profile } = await loadOnce(context, base, throttle);
        console.log(report(`run ${run} ${dirs[i]} (${throttle}×)`, events, profile).join('\n'));
      }
    }
  } finally {
    for (const context of contexts) await context.close();
    server.close();
  }
}

await main();
