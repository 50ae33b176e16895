/**
 * Issue 14, the badge of a viewer tab. The background refreshes a tab's count when a load in it
 * completes (lib/background/badge.ts), asking each frame it holds a count for with
 * tabs.sendMessage; pdf.html is an extension page, which that does not reach, so the refresh read
 * "no answer" as "document gone" and cleared the viewer's count (which the viewer, whose codes did
 * not change, never sent again). A same-document navigation in the viewer (a #fragment) completes
 * a load without reloading the document: the badge must still show the viewer's codes after it.
 */
import { resolve } from 'node:path';
import { PDF_FIXTURES, writePdfFixtures } from '../pdf/fixtures';
import { markedTexts } from './hostile/helpers';
import { expect as baseExpect, test } from './support/fixtures';
import { FIXTURES_DIR } from './support/server';

const PDF_DIR = resolve(FIXTURES_DIR, 'pdf');
test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 45_000 };
const expect = baseExpect.configure({ timeout: 15_000 });

test.beforeAll(async () => {
  await writePdfFixtures(PDF_DIR);
});

test('a load completing in the viewer tab keeps its badge count', async ({
  page,
  server,
  extensionId,
  serviceWorker,
}) => {
  const file = server.url(`pdf/${PDF_FIXTURES.policy}`);
  const url = `chrome-extension://${extensionId}/pdf.html?file=${encodeURIComponent(file)}`;
  await page.goto(url);
  await expect.poll(async () => (await markedTexts(page)).length, SLOW).toBe(6);
  const tabId = await serviceWorker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (tabId === undefined) throw new Error('no viewer tab');
  const badge = () => serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  await expect.poll(badge).toBe('6');

  // Record what the background sets as this tab's badge from now on (the call still goes through),
  // so the test knows when the refresh that follows the load has run.
  await serviceWorker.evaluate((id) => {
    const set = chrome.action.setBadgeText.bind(chrome.action);
    const seen: string[] = [];
    Object.assign(globalThis, { __badgeSeen: seen });
    chrome.action.setBadgeText = ((details: chrome.action.BadgeTextDetails) => {
      if (details.tabId === id) seen.push(details.text ?? '');
      return set(details);
    }) as typeof chrome.action.setBadgeText;
  }, tabId);
  await page.evaluate(() => {
    location.hash = 'page=1';
  });
  const seen = () => serviceWorker.evaluate(() => (globalThis as unknown as { __badgeSeen: string[] }).__badgeSeen);
  await expect.poll(async () => (await seen()).length, SLOW).toBeGreaterThan(0);
  expect(await seen()).toEqual(['6']);
  expect(await badge()).toBe('6');
});
