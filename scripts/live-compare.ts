/**
 * Issue 16 diagnosis: our JS per frame on one live page, recorded in several ways in the same browser, alternating:
 * profiler + light trace (`profiled`), profiler + the bench's detailed trace (`detailed`), and that trace without
 * its JS-stack category (`nostack`). Per run: frames, our samples × 200 µs and our share × main CPU; per function.
 *   EXT=/tmp/prof/chrome-mv3 PAGE=feed RUNS=2 npx vite-node scripts/live-compare.ts
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mutatingPage, queuePage, togglePage } from '../test/bench/pages';
import { launchWithExtension } from '../test/e2e/support/browser';
import { startFixtureServer } from '../test/e2e/support/server';
import { type Profile, type Recording, runLive, SAMPLING_US, TRACE_CATEGORIES } from './bench-live';
import { profileLabeler } from './profile-labels';

const EXT = process.env.EXT ?? '.output-bench/chrome-mv3';
const RUNS = Number(process.env.RUNS ?? 2);
const PAGE = process.env.PAGE ?? 'feed';
const TOP = Number(process.env.TOP ?? 15);

function byFunction(profile: Profile): Map<string, number> {
  const label = profileLabeler(profile);
  const out = new Map<string, number>();
  for (const id of profile.samples) {
    const name = label(id);
    if (name) out.set(name, (out.get(name) ?? 0) + SAMPLING_US / 1000);
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'h16-'));
writeFileSync(
  join(dir, 'p.html'),
  PAGE === 'feed' ? mutatingPage(5000) : PAGE === 'queue' ? queuePage(5000) : togglePage(5000),
);
const server = await startFixtureServer(dir);
const context = await launchWithExtension({ extensionDir: EXT, viewport: { width: 1280, height: 800 } });
// `nostack`: the detailed trace without `disabled-by-default-devtools.timeline.stack` (diagnosis only).
type Mode = Recording | 'nostack';
const modes = (process.env.MODES ?? 'profiled,detailed,nostack').split(',') as Mode[];
const totals = new Map<Mode, Map<string, number>>();
const STACK = 'disabled-by-default-devtools.timeline.stack';
try {
  for (let run = 0; run < RUNS; run++) {
    for (const mode of modes) {
      const stack = TRACE_CATEGORIES.indexOf(STACK);
      if (mode === 'nostack' && stack >= 0) TRACE_CATEGORIES.splice(stack, 1);
      if (mode !== 'nostack' && stack < 0) TRACE_CATEGORIES.push(STACK);
      const recording = mode === 'nostack' ? 'detailed' : mode;
      const r = await runLive({ context, url: server.url('p.html'), withExtension: true, recording });
      const p = r.profile as Profile & { endTime?: number };
      const interval = p.samples.length ? ((p.endTime ?? 0) - p.startTime) / p.samples.length : 0;
      const fns = byFunction(r.profile);
      const t = totals.get(mode) ?? new Map<string, number>();
      for (const [k, v] of fns) t.set(k, (t.get(k) ?? 0) + v / r.frames / RUNS);
      totals.set(mode, t);
      console.log(
        `${mode.padEnd(9)} run ${run}: frames ${r.frames}, our self ${r.ourSelfMs.toFixed(1)} ms = ${(r.ourSelfMs / r.frames).toFixed(3)} ms/frame (share × CPU ${(r.ourCpuMs / r.frames).toFixed(3)}), main CPU ${r.msPerFrame.toFixed(2)} ms/frame, forced ${r.forcedCount}, mode ${r.mode}, mean sample interval ${interval.toFixed(0)} µs`,
      );
    }
  }
  for (const [mode, t] of totals) {
    if (mode === 'light') continue;
    console.log(`\n${mode}: our self ms per frame by function (mean over runs)`);
    for (const [name, ms] of [...t].sort((a, b) => b[1] - a[1]).slice(0, TOP))
      console.log(`${ms.toFixed(4).padStart(8)}  ${name}`);
  }
} finally {
  await context.close();
  await server.close();
}
