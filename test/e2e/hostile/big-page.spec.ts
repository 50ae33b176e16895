/**
 * Issue 8, big pages: a 200,000-node claims page. No task of ours runs over 50 ms, measured from
 * a Chromium trace of the page's renderer and attributed to the content script.
 *
 * Attribution: the page runs no script after it has built itself (it marks `hostile:built`), and
 * the test runs none in it while measuring. So, from the content script's first evaluation on, a
 * main-thread task is ours when it runs our script (an event whose URL is the content script), or
 * runs script with no URL at all: a promise continuation of our scan after `scheduler.yield()`
 * carries none. In such a task, the CPU time of its top-level script events is ours; the style,
 * layout and paint in the same task are reported (the page's own rendering of 200,000 nodes while
 * scrolling is there too), not asserted. Thread (CPU) time is what is asserted: a crowded 2-core
 * machine does not inflate it with other processes' turns. Wall time is reported beside it.
 *
 * Garbage collection: V8 collects on allocation, synchronously, inside the script that allocates, so
 * a GC nested in one of our script events is in that event's time and counted as ours. V8 also runs
 * GC in tasks of its own (incremental marking steps, finalization, the memory reducer): they
 * collect the one heap of the renderer's main isolate, where the page's 200,000 nodes' wrappers and
 * everything the page allocated live beside our index, so they cannot be laid at our door. Such a
 * task (or a GC event at a task's top level, outside any script event) is reported as "gc", not
 * asserted. Before this rule the regex below counted a lone V8.GC task as "script without URL",
 * and twice a 64–88 ms full GC failed the test.
 */
import type { CDPSession } from '@playwright/test';
import { codeBox } from '../support/code-box';
import { expect, test } from '../support/fixtures';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

const CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  '__metadata',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];
/** V8's garbage-collection events (timeline and v8 categories). */
const GC = /^(V8\.GC|MajorGC|MinorGC|BlinkGC)/;
/** Events that mean "script ran" in a task (a GC event is not one: see the header). */
const SCRIPT =
  /^(FunctionCall|EvaluateScript|v8\.compile|v8\.run|V8\.|RunMicrotasks|TimerFire|FireAnimationFrame|FireIdleCallback)/;

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const event of e.value as unknown as TraceEvent[]) events.push(event);
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

interface Task {
  at: number;
  wallMs: number;
  cpuMs: number;
  /** CPU time of the script the task ran (top-level script events): ours in our tasks. */
  scriptCpuMs: number;
  kind: 'ours' | 'script without URL' | 'gc' | 'rendering only';
}

function ourTasks(events: TraceEvent[], scriptUrl: string): { tasks: Task[]; evaluations: number } {
  const built = events.find((e) => e.name === 'hostile:built');
  if (!built) throw new Error('no hostile:built mark in the trace');
  const main = events.filter((e) => e.pid === built.pid && e.tid === built.tid && e.ph === 'X');
  const ours = (e: TraceEvent) => e.args?.data?.url?.startsWith(scriptUrl) === true;
  const start = main.find((e) => e.name === 'EvaluateScript' && ours(e));
  if (!start) throw new Error('the content script never ran in the page');
  const tasks: Task[] = [];
  const runTasks = main.filter((e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= start.ts);
  // Children by time: events are nested within their RunTask on the same thread.
  const sorted = main.filter((e) => e.name !== 'RunTask').sort((a, b) => a.ts - b.ts);
  let i = 0;
  for (const task of runTasks.sort((a, b) => a.ts - b.ts)) {
    const end = task.ts + (task.dur ?? 0);
    while (i < sorted.length && sorted[i]!.ts < task.ts) i++;
    let hasOurs = false;
    let hasScript = false;
    let hasGc = false;
    let hasOtherUrl = false;
    let scriptCpu = 0;
    let scriptEnd = 0;
    for (let j = i; j < sorted.length && sorted[j]!.ts <= end; j++) {
      const e = sorted[j]!;
      if (ours(e)) hasOurs = true;
      else if (e.args?.data?.url && SCRIPT.test(e.name)) hasOtherUrl = true;
      // GC outside any script event of the task: V8's own GC task, not triggered by running code.
      if (GC.test(e.name) && e.ts >= scriptEnd) {
        hasGc = true;
        continue;
      }
      if (!SCRIPT.test(e.name)) continue;
      hasScript = true;
      // Top-level script events only: V8.* events nest inside a FunctionCall.
      if (e.ts >= scriptEnd) {
        scriptCpu += e.tdur ?? e.dur ?? 0;
        scriptEnd = e.ts + (e.dur ?? 0);
      }
    }
    const kind = hasOurs
      ? 'ours'
      : hasScript && !hasOtherUrl
        ? 'script without URL'
        : hasGc && !hasScript
          ? 'gc'
          : 'rendering only';
    tasks.push({
      at: (task.ts - start.ts) / 1000,
      wallMs: (task.dur ?? 0) / 1000,
      cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
      scriptCpuMs: scriptCpu / 1000,
      kind,
    });
  }
  return { tasks, evaluations: main.filter((e) => e.name === 'EvaluateScript' && ours(e)).length };
}

test('a 200,000-node page: no task of ours over 50 ms (from a trace, attributed to the content script)', async ({
  page,
  server,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const cdp = await page.context().newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(server.url('hostile/big.html'));
  const { nodes, codes } = await page.evaluate(() => {
    const w = window as unknown as { __nodes: number; __codes: number };
    return { nodes: w.__nodes, codes: w.__codes };
  });
  expect(nodes).toBeGreaterThanOrEqual(200_000);
  // Wait for the whole scan through the extension (page/list), not by running script in the page.
  await expect
    .poll(
      () =>
        serviceWorker.evaluate(async (url) => {
          const [tab] = await chrome.tabs.query({ url });
          if (tab?.id === undefined) return 0;
          const reply = (await chrome.tabs
            .sendMessage(tab.id, { type: 'page/list' }, { frameId: 0 })
            .catch(() => null)) as {
            counts: Record<string, number>;
          } | null;
          return Object.values(reply?.counts ?? {}).reduce((a, b) => a + b, 0);
        }, page.url()),
      { timeout: 60_000, intervals: [250] },
    )
    .toBe(codes);
  // Then what a coder does: hover a code, scroll half the table (marks near the new viewport).
  const box = await codeBox(page, '#claims tbody tr:first-child td:nth-child(4)', '64712');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  // No locator or evaluate while tracing: Playwright's own queries over 200,000 nodes are long
  // tasks of theirs (one getByRole took 470 ms) that carry no URL either.
  await page.waitForTimeout(2_000);
  await page.mouse.move(5, 5, { steps: 4 });
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, 8000);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1000);
  const events = await stop();
  // The hover did open the popover (its host is created on first show).
  expect(await page.locator('cpt-lens-ui').count()).toBe(1);
  const { tasks, evaluations } = ourTasks(events, `chrome-extension://${extensionId}/content-scripts/content.js`);
  // Twice when the install-time re-injection (lib/background/reinject.ts) races the page's own
  // injection; the second copy stops the first (WXT's context), so both are measured.
  expect(evaluations).toBeGreaterThanOrEqual(1);
  const byKind = (kind: Task['kind']) => tasks.filter((t) => t.kind === kind);
  const longest = (list: Task[], key: 'wallMs' | 'cpuMs' | 'scriptCpuMs') => Math.max(0, ...list.map((t) => t[key]));
  const mine = [...byKind('ours'), ...byKind('script without URL')];
  const report = {
    nodes,
    codes,
    injections: evaluations,
    ourTasks: byKind('ours').length,
    continuationTasks: byKind('script without URL').length,
    ourScriptCpuMs: Math.round(mine.reduce((s, t) => s + t.scriptCpuMs, 0)),
    longestOurScriptCpuMs: +longest(mine, 'scriptCpuMs').toFixed(1),
    longestTaskWithOurScriptCpuMs: +longest(mine, 'cpuMs').toFixed(1),
    longestTaskWithOurScriptWallMs: +longest(mine, 'wallMs').toFixed(1),
    tasksWithOurScriptOver50msCpu: mine.filter((t) => t.cpuMs > 50).length,
    gcTasks: byKind('gc').length,
    longestGcTaskCpuMs: +longest(byKind('gc'), 'cpuMs').toFixed(1),
    longestRenderingOnlyTaskWallMs: +longest(byKind('rendering only'), 'wallMs').toFixed(1),
    // Where the longest ones were: ms after the first evaluation, our script's CPU ms, and kind.
    top3: [...mine]
      .sort((a, b) => b.scriptCpuMs - a.scriptCpuMs)
      .slice(0, 3)
      .map((t) => `${Math.round(t.at)}ms:${t.scriptCpuMs.toFixed(1)}:${t.kind === 'ours' ? 'ours' : 'cont'}`),
  };
  console.log(`200k-node page: ${JSON.stringify(report)}`);
  test.info().annotations.push({ type: 'long tasks', description: JSON.stringify(report) });
  // Our script never holds the main thread 50 ms in one task. (A frame task that runs an 8 ms
  // animation-frame callback of ours can still pass 50 ms in total: the page's own paint of 200,000
  // nodes while scrolling; reported above, not asserted.)
  expect(mine.filter((t) => t.scriptCpuMs > 50)).toEqual([]);
});
