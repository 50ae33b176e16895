/**
 * Every code reachable without a mouse: keyboard travel (the next/previous commands), the popup's
 * "On this page" opening a card on the page, selection lookup in place, the live region, and that
 * the page keeps its own keys. Headless Chromium cannot press an extension shortcut or open a
 * context menu, so the tests run the very handlers the background registered
 * (lib/background/test-hooks.ts), with the tab Chromium would pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';

const SOURCES = resolve(import.meta.dirname, '../../data/sources');
const FIXTURE = 'keyboard/travel.html';

// Several extension round trips per test, on a machine shared with other work.
test.describe.configure({ timeout: 90_000 });

/** The title line of a publication, read plainly. */
function titleOf(code: string): string {
  for (const file of readdirSync(SOURCES)) {
    const line = readFileSync(join(SOURCES, file), 'utf8')
      .split(/\r?\n/)
      .find((l) => l.startsWith(`CPT ${code}: `));
    if (line) return line.slice(`CPT ${code}: `.length).trim();
  }
  throw new Error(`no publication for ${code}`);
}

type Hooks = Record<string, (...args: unknown[]) => Promise<unknown>>;

/** Runs a travel command's handler, as the shortcut would, on the tab at `url`. */
function travel(serviceWorker: Worker, url: string, command: 'next-code' | 'previous-code') {
  return serviceWorker.evaluate(
    async ([u, c]) => {
      const [tab] = await chrome.tabs.query({ url: u });
      return (globalThis as unknown as { __cptLensTest: Hooks }).__cptLensTest.onTravelCommand!(c, tab);
    },
    [url, command] as const,
  );
}

/** The code under the focus mark in `frame`, and the id of the element that holds it. */
function focusMark(frame: Page | Frame) {
  return frame.evaluate(() => {
    const mark = CSS.highlights.get('cpt-lens-focus');
    const range = mark ? ([...mark][0] as StaticRange | undefined) : undefined;
    if (!range) return null;
    const text = (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
    return { text, id: range.startContainer.parentElement?.id };
  });
}

async function waitForScan(frame: Page | Frame) {
  await expect
    .poll(
      () =>
        frame.evaluate(() =>
          [...CSS.highlights.entries()].reduce((n, [k, h]) => n + (k.startsWith('cpt-lens') ? h.size : 0), 0),
        ),
      { timeout: 20_000, message: 'the content script marked no code' },
    )
    .toBeGreaterThan(0);
}

async function openFixture(page: Page, url: string): Promise<Frame> {
  await page.goto(url);
  const frame = page.frame({ url: /travel-child\.html$/ })!;
  await waitForScan(page);
  await waitForScan(frame);
  return frame;
}

const dialogOf = (frame: Page | Frame, code: string) =>
  frame.getByRole('dialog', { name: `CPT ${code} — ${titleOf(code)}` });
const liveRegion = (frame: Page | Frame) => frame.locator('cpt-lens-ui').getByRole('status');
const said = (code: string, ordinal: number, total: number) =>
  `CPT ${code}, ${titleOf(code)}, ${ordinal} of ${total} on this page`;

test.describe('keyboard travel', () => {
  test('next and previous go through the table, the prose, a shadow root and an iframe in reading order, wrapping', async ({
    page,
    server,
    serviceWorker,
  }) => {
    const url = server.url(FIXTURE);
    const frame = await openFixture(page, url);
    const stops: { code: string; id: string; inFrame?: boolean }[] = [
      { code: '64712', id: 't1' },
      { code: '64445', id: 't2' },
      { code: '64714', id: 'prose' },
      { code: '64632', id: 'shadow-p' },
      { code: '64612', id: 'frame-p', inFrame: true },
      { code: '64712', id: 'after' },
    ];

    const expectAt = async (i: number) => {
      const stop = stops[i]!;
      const where = stop.inFrame ? frame : page;
      await expect.poll(() => focusMark(where)).toEqual({ text: stop.code, id: stop.id });
      await expect(dialogOf(where, stop.code)).toBeVisible();
      await expect(liveRegion(where)).toHaveText(said(stop.code, i + 1, stops.length));
      // One card and one mark at a time, across frames.
      const other = stop.inFrame ? page : frame;
      await expect(other.getByRole('dialog')).toHaveCount(0);
      expect(await focusMark(other)).toBeNull();
      // Scrolled into view.
      const inView = await where.evaluate((id) => {
        const el = document.getElementById(id) ?? document.getElementById('host')!;
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      }, stop.id);
      expect(inView).toBe(true);
    };

    for (let i = 0; i < stops.length; i++) {
      await travel(serviceWorker, url, 'next-code');
      await expectAt(i);
    }
    // Past the end: back to the first.
    await travel(serviceWorker, url, 'next-code');
    await expectAt(0);
    // And backwards, wrapping to the last, then through the iframe and the shadow root.
    await travel(serviceWorker, url, 'previous-code');
    await expectAt(5);
    await travel(serviceWorker, url, 'previous-code');
    await expectAt(4);
    await travel(serviceWorker, url, 'previous-code');
    await expectAt(3);
  });

  test('starts from the caret (caret browsing) when it moved', async ({ page, server, serviceWorker }) => {
    const url = server.url(FIXTURE);
    await openFixture(page, url);
    await travel(serviceWorker, url, 'next-code');
    await expect.poll(() => focusMark(page)).toEqual({ text: '64712', id: 't1' });
    // The caret, put after the prose's code (as F7 caret browsing and a click do).
    await page.evaluate(() => {
      const text = document.getElementById('prose')!.firstChild!;
      getSelection()!.collapse(text, (text as Text).data.indexOf('on the'));
    });
    await travel(serviceWorker, url, 'next-code');
    await expect.poll(() => focusMark(page)).toEqual({ text: '64632', id: 'shadow-p' });
    // The caret did not move since: on from the mark.
    await travel(serviceWorker, url, 'next-code');
    await expect(dialogOf(page.frame({ url: /travel-child/ })!, '64612')).toBeVisible();
  });

  test('says so on a page without codes', async ({ page, server, serviceWorker }) => {
    const url = server.url('keyboard/empty.html');
    await page.goto(url);
    // Once the content script runs (the site is on), it answers, with nothing found.
    await expect
      .poll(() => travel(serviceWorker, url, 'next-code').then(() => page.locator('cpt-lens-ui').count()), {
        timeout: 15_000,
      })
      .toBe(1);
    await expect(liveRegion(page)).toHaveText('No CPT codes on this page');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the card leaves the page its focus and every key; Enter moves focus in, Esc gives it back', async ({
    page,
    server,
    serviceWorker,
  }) => {
    const url = server.url(FIXTURE);
    await openFixture(page, url);
    const button = page.locator('#page-button');
    await button.focus();
    await travel(serviceWorker, url, 'next-code');
    const dialog = dialogOf(page, '64712');
    await expect(dialog).toBeVisible();
    await expect(button).toBeFocused();

    // Unpinned, the card takes no key: the page's handlers see each one, none cancelled.
    await page.evaluate(() => {
      (window as unknown as { keysSeen: string[] }).keysSeen = [];
    });
    for (const key of ['a', 'ArrowDown', 'PageDown', 'Home', 'Space', 'Shift+ArrowUp', 'Control+c']) {
      await page.keyboard.press(key);
    }
    await expect(dialog).toBeVisible();
    await button.focus();
    const clicksBefore = await page.evaluate(() => (window as unknown as { clicks: number }).clicks);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen)).toEqual([
      'a',
      'ArrowDown',
      'PageDown',
      'Home',
      ' ',
      'Shift',
      'ArrowUp',
      'Control',
      'c',
      'Enter',
    ]);
    // Enter moved focus into the card, so it did not also click the page's button.
    await expect(dialog).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(clicksBefore);
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button').first()).toBeFocused();
    // Esc closes it, the mark goes, and focus is back on the button.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(button).toBeFocused();
    expect(await focusMark(page)).toBeNull();
  });

  test('works on a page with a strict CSP and Trusted Types, with no violation', async ({
    page,
    server,
    serviceWorker,
  }) => {
    const url = server.url('popover/strict.html');
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|TrustedHTML|Trusted Type/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(url);
    await waitForScan(page);
    await travel(serviceWorker, url, 'next-code');
    await expect(dialogOf(page, '64632')).toBeVisible();
    await expect(liveRegion(page)).toHaveText(said('64632', 1, 1));
    expect(await focusMark(page)).toMatchObject({ text: '64632' });
    expect(violations).toEqual([]);
  });

  test('the live region and the dialog are in Chromium’s accessibility tree', async ({
    page,
    server,
    serviceWorker,
  }) => {
    const url = server.url(FIXTURE);
    await openFixture(page, url);
    await travel(serviceWorker, url, 'next-code');
    await travel(serviceWorker, url, 'next-code');
    await expect(liveRegion(page)).toHaveText(said('64445', 2, 6));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        properties?: { name: string; value: { value: unknown } }[];
      }[];
    };
    const exposed = nodes.filter((n) => !n.ignored);
    const status = exposed.find((n) => n.role?.value === 'status');
    expect(status, 'a status node').toBeDefined();
    expect(status!.properties?.find((p) => p.name === 'live')?.value.value).toBe('polite');
    const dialogs = exposed.filter((n) => n.role?.value === 'dialog');
    expect(dialogs.map((n) => n.name?.value)).toEqual([`CPT 64445 — ${titleOf('64445')}`]);
    // The announcement itself is text in the tree.
    expect(exposed.some((n) => n.name?.value === said('64445', 2, 6))).toBe(true);
  });
});

test('the popup: arrow to a code in "On this page", Enter: the popup closes and the page shows its card', async ({
  page,
  server,
  openPopup,
}) => {
  await openFixture(page, server.url(FIXTURE));
  const popup = await openPopup();
  const list = popup.getByRole('region', { name: /On this page/ });
  const buttons = list.getByRole('button');
  // 64445, 64612, 64632, 64712 (×2), 64714: by code.
  await expect(buttons).toHaveCount(5);
  await buttons.first().focus();
  for (let i = 0; i < 3; i++) await popup.keyboard.press('ArrowDown');
  await expect(buttons.nth(3)).toBeFocused();
  await expect(buttons.nth(3)).toHaveAccessibleName(/^64712 /);
  const closed = popup.waitForEvent('close');
  // Enter acts on the key going down and the popup closes itself: the key's release may find the page gone
  // (Playwright: "Target page, context or browser has been closed"). Closing is what `closed` then checks.
  await popup.keyboard.press('Enter').catch((error: Error) => {
    if (!/has been closed/.test(error.message)) throw error;
  });
  await closed;
  const dialog = page.getByRole('dialog', { name: /^CPT 64712 — / });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName(`CPT 64712 — ${titleOf('64712')}`);
  await expect.poll(() => focusMark(page)).toEqual({ text: '64712', id: 't1' });
  await expect(liveRegion(page)).toHaveText(said('64712', 1, 2));

  // Again from a fresh popup: the code's next occurrence.
  const again = await openPopup();
  const closedAgain = again.waitForEvent('close');
  await again
    .getByRole('region', { name: /On this page/ })
    .getByRole('button', { name: /^64712 / })
    .click();
  await closedAgain;
  await expect.poll(() => focusMark(page)).toEqual({ text: '64712', id: 'after' });
  await expect(liveRegion(page)).toHaveText(said('64712', 2, 2));
});

test.describe('selection lookup', () => {
  /** Selects the text of `selector` in `frame`, from `from` to its end. */
  const select = (frame: Page | Frame, selector: string, from: string) =>
    frame.evaluate(
      ([sel, f]) => {
        const text = document.querySelector(sel)!.firstChild as Text;
        const range = document.createRange();
        range.setStart(text, text.data.indexOf(f));
        range.setEnd(text, text.data.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return range.toString();
      },
      [selector, from] as const,
    );

  /** The context menu's click handler, with what Chromium passes (the selection's frame id). */
  const menuClick = (serviceWorker: Worker, url: string, selectionText: string, framePath?: string) =>
    serviceWorker.evaluate(
      async ([u, text, path]) => {
        const [tab] = await chrome.tabs.query({ url: u });
        let frameId = 0;
        if (path) {
          const results = await chrome.scripting.executeScript({
            target: { tabId: tab!.id!, allFrames: true },
            func: () => location.pathname,
          });
          frameId = results.find((r) => String(r.result).endsWith(path))!.frameId;
        }
        const hooks = (globalThis as unknown as { __cptLensTest: Hooks }).__cptLensTest;
        return hooks.onLookupMenuClicked!({ menuItemId: 'cpt-lens-lookup', selectionText: text, frameId }, tab);
      },
      [url, selectionText, framePath] as const,
    );

  test('a selected code opens its card in place, in the page and in an iframe', async ({
    page,
    server,
    serviceWorker,
  }) => {
    const url = server.url(FIXTURE);
    const frame = await openFixture(page, url);
    const selected = await select(page, '#prose', 'CPT 64714');
    expect(await menuClick(serviceWorker, url, selected)).toBe('in-page');
    await expect(dialogOf(page, '64714')).toBeVisible();
    await expect.poll(() => focusMark(page)).toEqual({ text: '64714', id: 'prose' });
    await expect(liveRegion(page)).toHaveText(`CPT 64714, ${titleOf('64714')}`);

    const inFrame = await select(frame, '#frame-p', 'CPT 64612');
    expect(await menuClick(serviceWorker, url, inFrame, 'travel-child.html')).toBe('in-page');
    await expect(dialogOf(frame, '64612')).toBeVisible();
    await expect.poll(() => focusMark(frame)).toEqual({ text: '64612', id: 'frame-p' });

    // The shortcut does the same for the focused frame's selection.
    await page.bringToFront();
    await page.locator('#page-button').focus();
    await select(page, '#t2', '64445');
    const viaCommand = await serviceWorker.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      return (globalThis as unknown as { __cptLensTest: Hooks }).__cptLensTest.onSelectionCommand!(tab);
    }, url);
    expect(viaCommand).toBe('in-page');
    await expect(dialogOf(page, '64445')).toBeVisible();
  });

  test('a selection without a code opens the popup’s lookup with it as the query', async ({
    page,
    context,
    server,
    serviceWorker,
    extensionId,
  }) => {
    const url = server.url(FIXTURE);
    await openFixture(page, url);
    const selected = await select(page, '#plain', 'Nothing');
    const opened = context.waitForEvent('page');
    const result = await menuClick(serviceWorker, url, selected);
    const lookup = await opened;
    expect(result).toBe(`chrome-extension://${extensionId}/popup.html?q=${encodeURIComponent(selected)}`);
    await expect(lookup.getByRole('combobox', { name: 'Look up a CPT code' })).toHaveValue(selected);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
