/**
 * The REAL toolbar popup (chrome.action.openPopup) over a real fixture tab: a page with codes and
 * a same-origin iframe with more. Lookup by prefix, words and typo; a result opened with the
 * keyboard; "On this page" across frames and revealing a code; the per-site switch live in the
 * page and its iframe, and across a browser restart.
 *
 * Screenshots: `CPT_LENS_SCREENSHOTS=1 npx playwright test test/e2e/popup.spec.ts -g screenshot`
 * writes docs/popup-light.png and docs/popup-dark.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Frame, type Page } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from './support/browser';
import { expect, test } from './support/fixtures';
import { POLICY_LOAD_MS, testWithPolicy } from './support/policy';

const FIXTURE = 'popup/index.html';
const HOST = '127.0.0.1';
const ROOT = resolve(import.meta.dirname, '../..');

/** Ranges the extension highlights in this document (underline or background style). */
function highlightCount(doc: Page | Frame): Promise<number> {
  return doc.evaluate(() =>
    ['cpt-lens-underline', 'cpt-lens-background'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
  );
}

/** The text of each range in the flash highlight of this document. */
function flashed(doc: Page | Frame): Promise<{ text: string; id: string | undefined }[]> {
  return doc.evaluate(() =>
    [...(CSS.highlights.get('cpt-lens-flash') ?? [])].map((range) => {
      const r = range as AbstractRange;
      return {
        text: (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
        id: r.startContainer.parentElement?.id,
      };
    }),
  );
}

/** Whether the element is inside the viewport of its own document. */
function inView(doc: Page | Frame, selector: string): Promise<boolean> {
  return doc.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, selector);
}

async function openFixture(page: Page, url: string): Promise<Frame> {
  await page.goto(url);
  const frame = page.frame({ url: /popup\/frame\.html$/ });
  if (!frame) throw new Error('no iframe');
  // Both documents are scanned and highlighted before the popup looks at them.
  await expect.poll(() => highlightCount(page)).toBeGreaterThan(0);
  await expect.poll(() => highlightCount(frame)).toBeGreaterThan(0);
  return frame;
}

/** The hover popover of a code, wherever it shows (a small iframe may show it in the top frame). */
function popoverOf(page: Page, frame: Frame, code: string) {
  const name = new RegExp(`^CPT ${code}\\b`);
  return [page.getByRole('dialog', { name }), frame.getByRole('dialog', { name })] as const;
}

async function popoverCount(page: Page, frame: Frame, code: string): Promise<number> {
  const [a, b] = popoverOf(page, frame, code);
  return (await a.count()) + (await b.count());
}

/** Hovers a code and waits for its popover; then closes it with Esc. */
async function expectHoverWorks(page: Page, frame: Frame) {
  await page.locator('#first-code').hover();
  await expect.poll(() => popoverCount(page, frame, '64712')).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(() => popoverCount(page, frame, '64712')).toBe(0);
  await page.frameLocator('#frame').locator('#frame-code').hover();
  await expect.poll(() => popoverCount(page, frame, '64632')).toBe(1);
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await expect.poll(() => popoverCount(page, frame, '64632')).toBe(0);
}

/**
 * Hovers codes in the page and the iframe and checks no popover comes. Absence has no event to
 * wait for: wait well past the hover delay (default 250 ms) plus the entry round trip, then look.
 */
async function expectHoverDead(page: Page, frame: Frame) {
  await page.locator('#first-code').hover();
  await page.waitForTimeout(1200);
  expect(await popoverCount(page, frame, '64712')).toBe(0);
  await page.frameLocator('#frame').locator('#frame-code').hover();
  await page.waitForTimeout(1200);
  expect(await popoverCount(page, frame, '64632')).toBe(0);
  await page.mouse.move(5, 5);
}

function searchBox(popup: Page) {
  return popup.getByRole('combobox', { name: 'Look up a CPT code' });
}

/** The codes of the listed results, in rank order. */
async function resultCodes(popup: Page): Promise<string[]> {
  const options = popup.getByRole('listbox', { name: 'Matching codes' }).getByRole('option');
  return (await options.allTextContents()).map((t) => t.slice(0, 5));
}

async function search(popup: Page, query: string) {
  await searchBox(popup).fill(query);
}

test.describe('lookup', () => {
  test('searches by code prefix, words and with a typo, and opens a result with the keyboard', async ({
    page,
    server,
    openPopup,
  }) => {
    await page.goto(server.url(FIXTURE));
    const popup = await openPopup();
    const box = searchBox(popup);
    await expect(box).toBeFocused();

    // Typed, not filled: results follow each keystroke.
    await popup.keyboard.type('6471');
    await expect.poll(() => resultCodes(popup)).toEqual(['64712', '64714']);
    await expect(box).toHaveAttribute('aria-expanded', 'true');

    await search(popup, 'sciatic');
    await expect.poll(async () => (await resultCodes(popup)).slice(0, 2).sort()).toEqual(['64445', '64712']);

    await search(popup, 'facial spasm');
    await expect.poll(async () => (await resultCodes(popup))[0]).toBe('64612');

    await search(popup, 'nerve block');
    await expect.poll(async () => (await resultCodes(popup))[0]).toBe('64445');

    await search(popup, 'sciatc');
    await expect.poll(async () => (await resultCodes(popup)).slice(0, 2).sort()).toEqual(['64445', '64712']);

    await search(popup, '99213');
    await expect(popup.getByRole('status')).toHaveText(/CPT 99213 is not in the bundled data/);
    await expect(popup.getByRole('option')).toHaveCount(0);

    // Keyboard only: down to the second result, Enter opens it in the CodeCard.
    await box.fill('');
    await box.pressSequentially('6471');
    await expect.poll(() => resultCodes(popup)).toEqual(['64712', '64714']);
    await popup.keyboard.press('ArrowDown');
    await expect(popup.getByRole('option', { selected: true })).toContainText('64714');
    await popup.keyboard.press('Enter');
    await expect(popup.locator('.cl-code')).toHaveText('CPT 64714');
    await expect(popup.getByRole('heading', { level: 2 })).toContainText('Lumbar Plexus');
    await expect(popup.locator('.cl-overview')).not.toBeEmpty();
    await expect(popup.getByRole('button', { name: 'Back to search' })).toBeFocused();

    // Esc goes back to the search, with the query and the focus where they were.
    await popup.keyboard.press('Escape');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('6471');
  });

  test('?q= pre-fills the lookup; opened from a page, it shows that page and shows where a code is', async ({
    page,
    context,
    server,
    serviceWorker,
    extensionId,
  }) => {
    // On its own (no page behind it, no opener): just the search.
    const loneOpened = context.waitForEvent('page');
    await serviceWorker.evaluate(
      (url) => chrome.tabs.create({ url }),
      `chrome-extension://${extensionId}/popup.html?q=sciatic%20nerve`,
    );
    const lone = await loneOpened;
    await expect(searchBox(lone)).toHaveValue('sciatic nerve');
    await expect.poll(async () => (await resultCodes(lone)).includes('64445')).toBe(true);
    await expect(lone.getByRole('region', { name: /On this page/ })).toHaveCount(0);
    await lone.close();

    // As the context menu opens it: a tab beside the page, with the page as its opener.
    const frame = await openFixture(page, server.url(FIXTURE));
    const opened = context.waitForEvent('page');
    const tabId = await serviceWorker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      const hooks = (globalThis as unknown as { __cptLensTest: { lookupListener: (...a: unknown[]) => void } })
        .__cptLensTest;
      hooks.lookupListener({ menuItemId: 'cpt-lens-lookup', selectionText: 'CPT 64632' }, tab);
      return tab!.id!;
    }, server.url(FIXTURE));
    const lookup = await opened;
    await expect(searchBox(lookup)).toHaveValue('64632');
    await expect.poll(() => resultCodes(lookup)).toEqual(['64632']);
    await expect(lookup.getByRole('switch', { name: `Enable on ${HOST}` })).toHaveAttribute('aria-checked', 'true');
    const code = lookup.getByRole('region', { name: /On this page/ }).getByRole('button', { name: /^64632 / });
    await code.click();
    // The page comes to the front, at the code.
    await expect.poll(() => serviceWorker.evaluate(async (id) => (await chrome.tabs.get(id)).active, tabId)).toBe(true);
    await expect.poll(() => flashed(frame)).toContainEqual({ text: '64632', id: 'frame-code' });
  });
});

test('"On this page" lists the codes of every frame, with counts, and reveals each occurrence in turn', async ({
  page,
  server,
  serviceWorker,
  openPopup,
}) => {
  // Four popups, each opened and closed: slow on a shared machine.
  test.setTimeout(90_000);
  const frame = await openFixture(page, server.url(FIXTURE));
  const popup = await openPopup();
  const list = popup.getByRole('region', { name: /On this page/ });
  const code64712 = list.getByRole('button', { name: /^64712 .*: 3 on this page/ });
  // 64712 twice in the page and once in the iframe; 64632 only in the iframe.
  await expect(code64712).toBeVisible();
  await expect(list.getByRole('button', { name: /^64445 .*: 1 on this page/ })).toBeVisible();
  await expect(list.getByRole('button', { name: /^64632 .*: 1 on this page/ })).toBeVisible();
  await expect(list.getByRole('button')).toHaveCount(3);

  // The toolbar badge carries the same total.
  const tabId = await serviceWorker.evaluate(
    async (url) => (await chrome.tabs.query({ url }))[0]?.id,
    server.url(FIXTURE),
  );
  await expect.poll(() => serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('5');

  // Each click closes the popup and opens the code's card at its next occurrence, in reading
  // order (test/e2e/keyboard.spec.ts): the iframe's (above the fold), the page's two, and round.
  const marked = (doc: Page | Frame) =>
    doc.evaluate(() => {
      const range = [...(CSS.highlights.get('cpt-lens-focus') ?? [])][0] as AbstractRange | undefined;
      if (!range) return null;
      return {
        text: (range.startContainer as Text).data.slice(range.startOffset, range.endOffset),
        id: range.startContainer.parentElement?.id,
      };
    });
  const card = (doc: Page | Frame) => doc.getByRole('dialog', { name: /^CPT 64712 — / });
  const openNext = async (from: Page) => {
    const closed = from.waitForEvent('close');
    await from
      .getByRole('region', { name: /On this page/ })
      .getByRole('button', { name: /^64712 / })
      .click();
    await closed;
  };
  expect(await inView(page, '#first-code')).toBe(false);
  await openNext(popup);
  await expect.poll(() => marked(frame)).toEqual({ text: '64712', id: 'frame-line' });
  await expect(card(frame)).toBeVisible();

  await openNext(await openPopup());
  await expect.poll(() => marked(page)).toEqual({ text: '64712', id: 'first-code' });
  await expect.poll(() => inView(page, '#first-code')).toBe(true);
  await expect(card(page)).toBeVisible();
  await expect(card(frame)).toHaveCount(0);
  expect(await marked(frame)).toBeNull();

  await openNext(await openPopup());
  await expect.poll(() => marked(page)).toEqual({ text: '64712', id: 'second-code' });
  await expect.poll(() => inView(page, '#second-code')).toBe(true);
  expect(await inView(page, '#first-code')).toBe(false);

  // And round again: the iframe's, scrolled back into view in the top page.
  await openNext(await openPopup());
  await expect.poll(() => marked(frame)).toEqual({ text: '64712', id: 'frame-line' });
  await expect.poll(() => inView(page, '#frame')).toBe(true);
});

test('the site switch turns CPT Lens off and on live in the page and its iframe, and persists', async ({
  page,
  server,
  openPopup,
  context,
  userDataDir,
}) => {
  test.setTimeout(90_000);
  const frame = await openFixture(page, server.url(FIXTURE));
  // A reload would lose this: the switch must work without one.
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  await expectHoverWorks(page, frame);

  let popup = await openPopup();
  const toggle = () => popup.getByRole('switch', { name: `Enable on ${HOST}` });
  await expect(toggle()).toHaveAttribute('aria-checked', 'true');
  await expect(toggle()).toBeEnabled();

  await toggle().click();
  await expect(toggle()).toHaveAttribute('aria-checked', 'false');
  await expect.poll(() => highlightCount(page)).toBe(0);
  await expect.poll(() => highlightCount(frame)).toBe(0);
  await expect(popup.getByRole('region', { name: /On this page/ })).toContainText(`CPT Lens is off on ${HOST}`);
  await expectHoverDead(page, frame);

  if (popup.isClosed()) popup = await openPopup();
  await expect(toggle()).toHaveAttribute('aria-checked', 'false');
  await toggle().click();
  await expect(toggle()).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => highlightCount(page)).toBeGreaterThan(0);
  await expect.poll(() => highlightCount(frame)).toBeGreaterThan(0);
  // The list follows the page as the frames rescan.
  await expect(popup.getByRole('button', { name: /^64712 .*: 3 on this page/ })).toBeVisible();
  await expectHoverWorks(page, frame);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // Off again, then restart the browser on the same profile: still off, until switched on.
  if (popup.isClosed()) popup = await openPopup();
  await toggle().click();
  await expect(toggle()).toHaveAttribute('aria-checked', 'false');
  await expect.poll(() => highlightCount(page)).toBe(0);
  await context.close();

  const relaunched = await launchWithExtension({ userDataDir, extraArgs: ['--remote-debugging-port=0'] });
  try {
    const again = relaunched.pages()[0] ?? (await relaunched.newPage());
    await again.goto(server.url(FIXTURE));
    const restartedPopup = await openActionPopup({ context: relaunched, userDataDir });
    const restartedToggle = restartedPopup.popup.getByRole('switch', { name: `Enable on ${HOST}` });
    await expect(restartedToggle).toHaveAttribute('aria-checked', 'false');
    expect(await highlightCount(again)).toBe(0);
    await restartedToggle.click();
    await expect(restartedToggle).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => highlightCount(again)).toBeGreaterThan(0);
    await restartedPopup.cdp.close();
  } finally {
    await relaunched.close();
  }
});

/**
 * Real managed policy, as test/e2e/settings.spec.ts does it: Chromium on Linux reads
 * /etc/chromium/policies/managed/*.json at start-up. A private copy of the extension, in a fresh
 * folder, gets an id of its own (derived from the path), and the policy file names only that id,
 * so no other browser on the machine is affected. The file is removed afterwards.
 */
const policyTest = testWithPolicy({ forceDisabledHosts: [HOST] });

policyTest(
  'a site forced off by managed policy shows the switch disabled, with the reason',
  async ({ page, server, serviceWorker, openPopup }) => {
    await expect
      .poll(() => serviceWorker.evaluate(() => chrome.storage.managed.get(null)), { timeout: POLICY_LOAD_MS })
      .toMatchObject({ forceDisabledHosts: [HOST] });
    await page.goto(server.url(FIXTURE));
    const popup = await openPopup();
    const toggle = popup.getByRole('switch', { name: `Enable on ${HOST}` });
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(toggle).toBeDisabled();
    await expect(toggle).toHaveAccessibleDescription('Turned off for this site by your organization’s policy.');
    await toggle.click({ force: true });
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(popup.getByRole('region', { name: /On this page/ })).toContainText(`CPT Lens is off on ${HOST}`);
  },
);

/** chrome.action.openPopup() in a context the fixtures did not make (the relaunch above). */
async function openActionPopup({
  context,
  userDataDir,
}: {
  context: BrowserContext;
  userDataDir: string;
}): Promise<{ popup: Page; cdp: Browser }> {
  const worker = await serviceWorkerOf(context);
  await context.pages().at(-1)?.bringToFront();
  await worker.evaluate(() => chrome.action.openPopup());
  const port = readFileSync(resolve(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const url = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
  await expect
    .poll(() =>
      cdp
        .contexts()
        .flatMap((c) => c.pages())
        .some((p) => p.url().startsWith(url)),
    )
    .toBe(true);
  const popup = cdp
    .contexts()
    .flatMap((c) => c.pages())
    .find((p) => p.url().startsWith(url))!;
  return { popup, cdp };
}

test.describe('screenshot', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(scheme, () => {
      test.use({ launch: { colorScheme: scheme } });
      test(`screenshot of the popup, ${scheme}`, async ({ page, server, openPopup }) => {
        await openFixture(page, server.url(FIXTURE));
        const popup = await openPopup();
        await popup.emulateMedia({ colorScheme: scheme });
        await expect(popup.getByRole('button', { name: /^64712 .*: 3 on this page/ })).toBeVisible();
        await searchBox(popup).pressSequentially('sciatic');
        await expect.poll(async () => (await resultCodes(popup)).length).toBeGreaterThan(1);
        expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        if (process.env.CPT_LENS_SCREENSHOTS) {
          mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
          await popup.screenshot({ path: resolve(ROOT, `docs/popup-${scheme}.png`) });
        }
        await popup.keyboard.press('Enter');
        await expect(popup.locator('.cl-code')).toHaveText('CPT 64445');
        if (process.env.CPT_LENS_SCREENSHOTS) {
          await popup.screenshot({ path: resolve(ROOT, `docs/popup-card-${scheme}.png`), fullPage: true });
        }
      });
    });
  }
});
