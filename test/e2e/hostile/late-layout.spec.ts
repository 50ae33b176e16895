/**
 * A document laid out only after our first measure: a page whose body stays `display: none` until
 * its app is ready, then revealed by a class change on <html> (an attribute change: no node or text
 * mutation, no scroll, no resize). The same thing happens, unasked, to a cross-origin frame on a
 * loaded machine (its first layout comes after our first measure: lib/page/layout-watch.ts), which
 * made frames.spec.ts flaky. The code is indexed while hidden and must be marked once shown.
 */
import { expect, test } from '../support/fixtures';
import { markedTexts } from './helpers';

test('a body hidden until the app is ready: its code is marked once the page reveals it', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url('hostile/late-layout.html'));
  // The scan has indexed the hidden code (the popup's page/list answers it)...
  await expect
    .poll(
      () =>
        serviceWorker.evaluate(async (url) => {
          const [tab] = await chrome.tabs.query({ url });
          if (tab?.id === undefined) return '';
          const reply = (await chrome.tabs
            .sendMessage(tab.id, { type: 'page/list' }, { frameId: 0 })
            .catch(() => null)) as { counts: Record<string, number> } | null;
          return Object.keys(reply?.counts ?? {}).join();
        }, page.url()),
      { timeout: 20_000 },
    )
    .toBe('64712');
  // ...and measured it after a rendered frame (the count is reported 100 ms after the scan, whose
  // re-measure runs on the next frame): not laid out, so nothing is marked yet.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await markedTexts(page)).toEqual([]);
  // The app is ready: a class change lays the body out.
  await page.evaluate(() => document.documentElement.classList.remove('loading'));
  await expect.poll(() => markedTexts(page), { timeout: 10_000 }).toEqual(['64712']);
});
