/**
 * Where our scan's time goes on the claims page (issue 16): a V8 CPU profile of the page's load up to the end of
 * our first full scan, our functions' self time (a DOM call counted under the JS function that made it).
 *
 * Usage: build without minifying and with the bench hook, then profile:
 *   CPT_LENS_NO_MINIFY=1 WXT_CPT_LENS_BENCH=1 CPT_LENS_OUT=/tmp/prof npx wxt build
 *   EXT=/tmp/prof/chrome-mv3 RUNS=3 ROWS=5000 npx vite-node scripts/scan-profile.ts
 * SCAN_WINDOW=1 keeps only the samples from our first slice to our last, the engine's own time (GC, compiling,
 * the page's tasks between slices) included: the bench's scan CPU, split. LINES=n adds the hottest source lines;
 * SAMPLES=1 counts samples (each one interval) instead of the time to the next sample (see selfByFunction).
 * LIVE=1 profiles the live feed page instead (test/bench/pages.ts `mutatingPage`): after the first scan, 4 s of the
 * page mutating every frame, our self time per function and per frame (the bench's "our JS per frame", split).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimsPage, mutatingPage } from '../test/bench/pages';
import { launchWithExtension } from '../test/e2e/support/browser';
import { startFixtureServer } from '../test/e2e/support/server';
import type { Profile } from './bench-live';
import { profileLabeler } from './profile-labels';

const EXT = process.env.EXT ?? '.output-bench/chrome-mv3';
const RUNS = Number(process.env.RUNS ?? 3);
const ROWS = Number(process.env.ROWS ?? 5000);
const TOP = Number(process.env.TOP ?? 25);
const OURS = 'chrome-extension://';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Self ms by function between two profile times: ours by name, a native callee as `name < caller`. */
function selfByFunction(profile: Profile, from: number, to: number): Map<string, number> {
  // Inside the scan's window the engine's own time counts too: it is what the bench's task CPU sees.
  const label = profileLabeler(profile, (name) => (windowed && name !== '(idle)' ? name : undefined));
  const out = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (t < from || t > to) continue;
    const name = label(profile.samples[i]!);
    if (!name) continue;
    // SAMPLES=1: each sample counts as one interval. On a crowded machine the gap after a sample also holds the
    // turns of other processes (the thread was not running): counting samples is nearer to CPU time.
    const ms = bySample ? INTERVAL_US / 1000 : (profile.timeDeltas[i + 1] ?? INTERVAL_US) / 1000;
    out.set(name, (out.get(name) ?? 0) + ms);
  }
  // Ticks by source line of our functions (the whole profile): which statement of a function is hot.
  for (const n of profile.nodes as (Profile['nodes'][number] & {
    positionTicks?: { line: number; ticks: number }[];
  })[]) {
    const name = label(n.id);
    if (!name || name.includes(' < ')) continue;
    for (const { line, ticks } of n.positionTicks ?? []) {
      const key = `  line ${line} in ${name}`;
      lines.set(key, (lines.get(key) ?? 0) + ticks);
    }
  }
  return out;
}
const lines = new Map<string, number>();
/** SCAN_WINDOW=1: only samples from our first slice to our last (the bench's scan window), engine time included. */
const windowed = Boolean(process.env.SCAN_WINDOW);
const bySample = Boolean(process.env.SAMPLES);
const INTERVAL_US = 100;
const LIVE = Boolean(process.env.LIVE);
const LIVE_MS = 4000;

/** Profile times (µs) of the first and last sample taken inside our `slice`. */
function sliceWindow(profile: Profile): [number, number] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inSlice = (id: number | undefined): boolean => {
    for (; id !== undefined; id = parent.get(id)) {
      const { url, functionName } = byId.get(id)!.callFrame;
      if (url.startsWith(OURS) && functionName === 'slice') return true;
    }
    return false;
  };
  let from = Number.POSITIVE_INFINITY;
  let to = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (!inSlice(profile.samples[i])) continue;
    from = Math.min(from, t);
    to = t;
  }
  return [from, to];
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'cpt-lens-prof-'));
  writeFileSync(join(dir, 'claims.html'), LIVE ? mutatingPage(ROWS) : claimsPage(ROWS));
  const server = await startFixtureServer(dir);
  const context = await launchWithExtension({ extensionDir: EXT });
  const total = new Map<string, number>();
  const sums: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const worlds: { id: number; origin: string }[] = [];
      cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string } }) =>
        worlds.push(e.context),
      );
      await cdp.send('Runtime.enable');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
      if (!LIVE) await cdp.send('Profiler.start');
      await page.goto(server.url('claims.html'));
      let stats: { startedAt: number; firstScanDoneAt: number; candidates: number } | undefined;
      for (let i = 0; i < 800 && !stats?.firstScanDoneAt; i++) {
        await sleep(25);
        const world = worlds.find((w) => w.origin.startsWith(OURS));
        if (!world) continue;
        const reply = (await cdp.send('Runtime.evaluate', {
          expression: 'globalThis.__cptLensBench?.stats()',
          contextId: world.id,
          returnByValue: true,
        })) as { result: { value?: typeof stats } };
        stats = reply.result.value;
      }
      let frames = 0;
      if (LIVE && stats?.firstScanDoneAt) {
        await sleep(1000);
        await cdp.send('Profiler.start');
        await page.evaluate('window.__start()');
        await sleep(LIVE_MS);
        frames = await page.evaluate<number>('(window.__stop(), window.__frames)');
      }
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      if (!stats?.firstScanDoneAt) throw new Error('no scan');
      const [from, to] = windowed ? sliceWindow(profile) : [0, Number.POSITIVE_INFINITY];
      if (windowed) console.error(`run ${run}: window ${((to - from) / 1000).toFixed(1)} ms`);
      const self = selfByFunction(profile, from, to);
      // LIVE: per frame, so that runs of different frame counts average.
      const scale = LIVE ? 1 / Math.max(1, frames) : 1;
      let sum = 0;
      for (const [name, ms] of self) {
        total.set(name, (total.get(name) ?? 0) + (ms * scale) / RUNS);
        sum += ms * scale;
      }
      sums.push(sum);
      console.error(
        `run ${run}: our self ${sum.toFixed(3)} ms${LIVE ? ` per frame over ${frames} frames` : ''}, candidates ${stats.candidates}`,
      );
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const mean = sums.reduce((a, b) => a + b, 0) / sums.length;
  const digits = LIVE ? 3 : 1;
  console.log(
    LIVE
      ? `our self time per frame, page mutating every frame: ${sums.map((s) => s.toFixed(3)).join(', ')} ms`
      : `our self time, load to first scan done: ${sums.map((s) => s.toFixed(1)).join(', ')} ms`,
  );
  for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${ms.toFixed(digits).padStart(7)} ms ${((100 * ms) / mean).toFixed(1).padStart(5)} %  ${name}`);
  }
  if (process.env.LINES) {
    for (const [key, ticks] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.LINES))) {
      console.log(`${String(ticks).padStart(7)} ticks ${key}`);
    }
  }
}

await main();
