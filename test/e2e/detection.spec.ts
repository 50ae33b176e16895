/**
 * Detection on live pages, in Chromium with the built extension: what is highlighted (read back from
 * the page's CSS.highlights registry), what each frame reports (`page/list`), and that the page's
 * DOM is left exactly as it was.
 */
import type { Frame, Page, Worker } from '@playwright/test';
import { codeBox } from './support/code-box';
import { expect, test } from './support/fixtures';
import { paintedShare, UNDERLINE_ON_WHITE } from './support/paint';

const HIGHLIGHTS = ['cpt-lens-underline', 'cpt-lens-background'];

interface Marked {
  /** The highlighted characters. */
  text: string;
  /** The whole text node the range sits in (which occurrence it is). */
  node: string;
}

/** Every range registered under our highlight names in this document, in a stable order. */
async function marked(target: Page | Frame): Promise<Marked[]> {
  return target.evaluate((names) => {
    const out: { text: string; node: string }[] = [];
    for (const name of names) {
      for (const range of CSS.highlights.get(name) ?? []) {
        const node = range.startContainer as Text;
        out.push({ text: node.data.slice(range.startOffset, range.endOffset), node: node.data.trim() });
      }
    }
    return out.sort((a, b) => (a.node + a.text < b.node + b.text ? -1 : 1));
  }, HIGHLIGHTS);
}

const texts = async (target: Page | Frame) => (await marked(target)).map((m) => m.text).sort();

/** Sums `page/list` over every frame of the page's tab, as the popup does. */
async function tabCounts(serviceWorker: Worker, url: string): Promise<Record<string, number>> {
  return serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
    const frames = await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func: () => 0 });
    const total: Record<string, number> = {};
    for (const { frameId } of frames) {
      const reply = (await chrome.tabs.sendMessage(tab.id, { type: 'page/list' }, { frameId })) as {
        counts: Record<string, number>;
      };
      for (const [code, n] of Object.entries(reply.counts)) total[code] = (total[code] ?? 0) + n;
    }
    return total;
  }, url);
}

test('codes in a table: only the CPT column is marked; claim, member and ZIP columns are left alone', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url('detection/table.html'));
  await expect.poll(() => texts(page)).toEqual(['64445', '64612', '64632', '64712']);
  const cells = await page.evaluate((names) => {
    const columns: number[] = [];
    for (const name of names) {
      for (const range of CSS.highlights.get(name) ?? []) {
        columns.push((range.startContainer.parentElement as HTMLTableCellElement).cellIndex);
      }
    }
    return columns;
  }, HIGHLIGHTS);
  expect(cells).toEqual([3, 3, 3, 3]);
  expect(await tabCounts(serviceWorker, page.url())).toEqual({ '64445': 1, '64612': 1, '64632': 1, '64712': 1 });
});

test('the page DOM is untouched: no mutation record and an identical DOM after highlighting', async ({
  page,
  server,
}) => {
  await page.goto(server.url('detection/table.html'));
  await expect.poll(() => texts(page)).toHaveLength(4);
  const witness = await page.evaluate(() => {
    const w = window as unknown as { __mutations: number; __snapshot: string };
    return { mutations: w.__mutations, same: document.documentElement.outerHTML === w.__snapshot };
  });
  expect(witness).toEqual({ mutations: 0, same: true });
});

test('running text: codes with their modifiers, slash pairs and lists are marked; labelled numbers are not', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url('detection/text.html'));
  const expected = ['64712', '64445', '64632', '64712', '64714', '64712', '64714', '64445'].sort();
  await expect.poll(() => texts(page)).toEqual(expected);
  // Every mark is in the note; none in the paragraph of addresses, claims, invoices and phone numbers.
  const nodes = new Set((await marked(page)).map((m) => m.node));
  expect([...nodes].every((n) => n.startsWith('Procedure: open neurolysis'))).toBe(true);
  expect(await tabCounts(serviceWorker, page.url())).toEqual({ '64445': 2, '64632': 1, '64712': 3, '64714': 2 });
});

test('a same-origin iframe is scanned and highlighted in its own document', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('detection/iframe.html'));
  const frame = page.frame({ url: /iframe-child\.html$/ });
  expect(frame).not.toBeNull();
  await expect.poll(() => texts(frame!)).toEqual(['64632']);
  expect(await tabCounts(serviceWorker, page.url())).toEqual({ '64632': 1 });
});

test('open shadow roots are scanned, including one attached after the page loaded, and painted', async ({
  page,
  server,
}) => {
  await page.goto(server.url('detection/shadow.html'));
  await expect.poll(() => texts(page)).toEqual(['64445', '64612', '64714']);
  // One `:root::highlight()` rule set in the document paints every mark: Chromium's highlight
  // inheritance crosses shadow boundaries, so no sheet is adopted into (and no restyle forced on)
  // the page's shadow trees (highlight.css says why).
  const adopted = await page.evaluate(() =>
    ['early', 'late'].map((id) => document.getElementById(id)!.shadowRoot?.adoptedStyleSheets.length ?? -1),
  );
  expect(adopted).toEqual([0, 0]);
  for (const [selector, code, shadow] of [
    ['#light', '64612', false],
    ['#early', '64714', true],
    ['#late', '64445', true],
  ] as const) {
    const box = await codeBox(page, selector, code, { shadow });
    // The tint covers the code's box, text pixels aside.
    await expect
      .poll(() => paintedShare(page, { box, rgb: UNDERLINE_ON_WHITE }), { message: `${code} painted` })
      .toBeGreaterThan(0.4);
  }
  // Control: words next to a mark are not tinted.
  const words = await codeBox(page, '#light', 'Light DOM');
  expect(await paintedShare(page, { box: words, rgb: UNDERLINE_ON_WHITE })).toBeLessThan(0.02);
});

test('content added after 1 s is found', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('detection/late.html'));
  await page.waitForFunction(() => (window as unknown as { __loaded?: boolean }).__loaded === true);
  await expect.poll(() => texts(page)).toEqual(['64612']);
  await expect.poll(() => tabCounts(serviceWorker, page.url())).toEqual({ '64612': 1 });
});

test('a list re-rendered three times (nodes replaced, text edited in place) is followed each time', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url('detection/rerender.html'));
  await expect.poll(() => texts(page)).toEqual(['64712', '64714']);
  const expected = [
    ['64632', '64712'], // "Ref no. 64445" is a reference number, not a code
    ['64612', '64632'],
    ['64445', '64632', '64714'],
  ];
  for (const codes of expected) {
    await page.evaluate(() => (window as unknown as { renderNext: () => void }).renderNext());
    await expect.poll(() => texts(page)).toEqual(codes);
  }
  const counts = Object.fromEntries(expected.at(-1)!.map((c) => [c, 1]));
  await expect.poll(() => tabCounts(serviceWorker, page.url())).toEqual(counts);
});

test('form fields, editable regions and scripts are not scanned', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('detection/editable.html'));
  await expect.poll(() => texts(page)).toEqual(['64612']);
  expect(await tabCounts(serviceWorker, page.url())).toEqual({ '64612': 1 });
});

test('only codes near the viewport are registered, and scrolling brings the next ones in', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url('detection/long.html'));
  // Every code is indexed (hover, counts) even though few are registered for painting.
  await expect
    .poll(() => tabCounts(serviceWorker, page.url()))
    .toEqual({ '64445': 400, '64612': 400, '64632': 400, '64712': 400, '64714': 400 });
  const lines = async () =>
    (await marked(page)).map((m) => Number(/^Line (\d+)/.exec(m.node)?.[1])).sort((a, b) => a - b);
  await expect.poll(async () => (await lines()).length).toBeGreaterThan(0);
  const top = await lines();
  // 800 px viewport, 24 px lines: a screen is ~33 lines; registered lines stay within about two screens.
  expect(top.length).toBeLessThanOrEqual(60); // MAX_RANGES in lib/page/highlight.ts
  expect(top[0]).toBe(1);
  expect(top.at(-1)).toBeLessThan(150);

  await page.evaluate(() => document.getElementById('row-1500')!.scrollIntoView({ block: 'start' }));
  await expect.poll(async () => (await lines()).includes(1501)).toBe(true);
  const scrolled = await lines();
  expect(scrolled.length).toBeLessThanOrEqual(60); // MAX_RANGES in lib/page/highlight.ts
  expect(scrolled[0]).toBeGreaterThan(1350);
  expect(scrolled.at(-1)).toBeLessThan(1650);
});

test('hover hit-testing reaches codes inside an open shadow root, and not decoys next to them', async ({
  page,
  server,
}) => {
  await page.goto(server.url('detection/shadow.html'));
  await expect.poll(() => texts(page)).toEqual(['64445', '64612', '64714']);
  // The viewport centre of "64714" inside <claim-card>'s shadow root, and of the text just after it.
  const points = await page.evaluate(() => {
    const text = document.getElementById('early')!.shadowRoot!.querySelector('p')!.firstChild as Text;
    const at = text.data.indexOf('64714');
    const rangeRect = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    };
    return { code: rangeRect(at, at + 5), words: rangeRect(at + 7, at + 13) };
  });
  await page.mouse.move(points.words.x, points.words.y);
  await page.mouse.move(points.code.x, points.code.y, { steps: 4 });
  await expect(page.getByRole('dialog', { name: /^CPT 64714/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // On the plain words after the code, nothing opens.
  await page.mouse.move(points.words.x, points.words.y, { steps: 4 });
  await page.waitForTimeout(600); // longer than the hover-intent delay: a popover would be open by now
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
