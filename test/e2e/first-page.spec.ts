/**
 * The first page after install (issue 13), in a fresh profile: Chromium answers storage.managed
 * only 2–3 s after it starts, with or without a policy, so the content script decides from the
 * last policy seen, none on a fresh install (docs/managed-policy.md "Before the policy is known").
 * - the first page is marked as soon as it loads: the time from its load event to its first mark
 *   is recorded as an annotation, and asserted only against a generous bound (see below);
 * - a site a policy forces off ends unmarked once the policy is known, and a page opened after
 *   that is never marked.
 */
import type { Frame, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { POLICY_LOAD_MS, testWithPolicy } from './support/policy';

const HIGHLIGHTS = ['cpt-lens-underline', 'cpt-lens-background'];

function marks(target: Page | Frame): Promise<number> {
  return target.evaluate(
    (names) => names.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0),
    HIGHLIGHTS,
  );
}

/** Records, in the page, the wall-clock time its first highlight was registered (even a short-lived one). */
async function recordFirstMark(page: Page): Promise<void> {
  await page.addInitScript((names) => {
    const poll = setInterval(() => {
      if (names.some((name) => (CSS.highlights.get(name)?.size ?? 0) > 0)) {
        Object.assign(globalThis, { __firstMarkAt: performance.timeOrigin + performance.now() });
        clearInterval(poll);
      }
    }, 2);
  }, HIGHLIGHTS);
}

interface FirstMark {
  /** Date.now() of the first mark, or undefined if the page was never marked. */
  at: number | undefined;
  /** Milliseconds from the page's load event (when the content script runs: document_idle) to its first mark. */
  afterLoad: number | undefined;
  afterNavigationStart: number | undefined;
}

function firstMark(page: Page): Promise<FirstMark> {
  return page.evaluate(() => {
    const at = (globalThis as { __firstMarkAt?: number }).__firstMarkAt;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const since = (t: number) => (at === undefined ? undefined : Math.round(at - performance.timeOrigin - t));
    return { at, afterLoad: since(nav.loadEventEnd), afterNavigationStart: since(0) };
  });
}

/**
 * Generous on purpose: measured 10–180 ms after the load event (even with the machine's load
 * average at 33), while waiting for the policy took 2.1–3.5 s after the load event whenever the
 * page loaded before Chromium's policy service was ready. (Under heavy load the page may load after
 * that, and then waiting costs nothing: so no assertion compares with the policy's answer.)
 */
const FIRST_MARK_BOUND_MS = 1_500;

function annotate(testInfo: TestInfo, label: string, mark: FirstMark): void {
  testInfo.annotations.push({
    type: 'first-page mark',
    description:
      mark.at === undefined
        ? `${label}: never marked`
        : `${label}: ${mark.afterLoad} ms after the load event, ${mark.afterNavigationStart} ms after navigation start`,
  });
}

const cases = [
  { label: 'no policy', withPolicy: test },
  { label: 'a policy for other sites', withPolicy: testWithPolicy({ forceDisabledHosts: ['mail.hospital.example'] }) },
];

for (const { label, withPolicy } of cases) {
  withPolicy(
    `fresh profile, ${label}: the first page is marked as soon as it loads, not when the policy is known`,
    async ({ page, server, serviceWorker }, testInfo) => {
      await recordFirstMark(page);
      await page.goto(server.url('settings/codes.html'));
      await expect.poll(() => marks(page)).toBe(2);
      const mark = await firstMark(page);
      annotate(testInfo, label, mark);
      expect(mark.afterLoad).toBeLessThan(FIRST_MARK_BOUND_MS);
      // Once the policy is known (the background has copied it), the page keeps its marks.
      await expect
        .poll(
          () => serviceWorker.evaluate(async () => 'policyMirror' in (await chrome.storage.local.get('policyMirror'))),
          {
            timeout: 15_000,
          },
        )
        .toBe(true);
      expect(await marks(page)).toBe(2);
    },
  );
}

testWithPolicy({ forceDisabledHosts: ['127.0.0.1'] })(
  'fresh profile, a policy forcing the site off: unmarked once the policy is known, and never marked after',
  async ({ page, context, server, serviceWorker }, testInfo) => {
    await recordFirstMark(page);
    await page.goto(server.url('settings/with-frame.html'));
    await expect
      .poll(() => serviceWorker.evaluate(() => chrome.storage.managed.get(null)), { timeout: POLICY_LOAD_MS })
      .toMatchObject({ forceDisabledHosts: ['127.0.0.1'] });
    // Known: the top page (127.0.0.1) is off; its cross-site frame (localhost) is marked, which
    // shows the content scripts ran.
    await expect.poll(() => marks(page)).toBe(0);
    const frame = page.mainFrame().childFrames()[0];
    if (!frame) throw new Error('the fixture has no child frame');
    await expect.poll(() => marks(frame)).toBe(2);
    annotate(testInfo, 'forced off, before the policy was known', await firstMark(page));

    // A page opened once the policy is known decides from it (the mirror) and is never marked.
    await expect
      .poll(() => serviceWorker.evaluate(async () => (await chrome.storage.local.get('policyMirror')).policyMirror))
      .toMatchObject({ forceDisabledHosts: ['127.0.0.1'] });
    const later = await context.newPage();
    await recordFirstMark(later);
    await later.goto(server.url('settings/with-frame.html'));
    const laterFrame = later.mainFrame().childFrames()[0];
    if (!laterFrame) throw new Error('the fixture has no child frame');
    await expect.poll(() => marks(laterFrame)).toBe(2);
    expect(await marks(later)).toBe(0);
    expect((await firstMark(later)).at).toBeUndefined();
  },
);
