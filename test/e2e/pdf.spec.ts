/**
 * Issue 14, the PDF viewer (pdf.html): the page engine on pdf.js's text layers. A policy PDF
 * opened by `?file=` gets its codes marked and hover cards, decoys stay unmarked, the badge and
 * the popup's "On this page" see the viewer tab, the site switch is the PDF's own site; a local
 * file opens through the picker; broken, encrypted and scanned files say what is wrong; a
 * 300-page file renders lazily; and the viewer fetches the document and nothing else.
 * The test PDFs are written by test/pdf/fixtures.ts before the tests run.
 */
import { resolve } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { LONG_PAGES, PDF_FIXTURES, POLICY, writePdfFixtures } from '../pdf/fixtures';
import { dialogOf, hoverCode, markedTexts } from './hostile/helpers';
import { codeBox } from './support/code-box';
import { expect as baseExpect, test } from './support/fixtures';
import { paintedShare, UNDERLINE_ON_WHITE } from './support/paint';
import { FIXTURES_DIR } from './support/server';

const PDF_DIR = resolve(FIXTURES_DIR, 'pdf');
const HOST = '127.0.0.1';
/** The codes policy.pdf marks: two in prose, two in the table, two in the list. */
const POLICY_MARKS = ['64445', '64612', '64632', '64712', '64712', '64714'];

// pdf.js parses in a worker and renders on the main thread: on a loaded two-core machine a
// document takes seconds to appear, so waits here are long (they end as soon as it is there).
test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 45_000 };
const expect = baseExpect.configure({ timeout: 15_000 });

test.beforeAll(async () => {
  await writePdfFixtures(PDF_DIR);
});

function viewerUrl(extensionId: string, file: string): string {
  return `chrome-extension://${extensionId}/pdf.html?file=${encodeURIComponent(file)}`;
}

/** The viewer, with the first page's text layer rendered and scanned. */
async function openViewer(page: Page, extensionId: string, file: string, marks = 1): Promise<void> {
  await page.goto(viewerUrl(extensionId, file));
  await expect(page.locator('.textLayer').first()).toBeAttached(SLOW);
  await expect.poll(async () => (await markedTexts(page)).length, SLOW).toBeGreaterThanOrEqual(marks);
}

const message = (page: Page) => page.locator('#message');

test('a policy PDF: codes in prose, table and list are marked, decoys are not, and hover shows the card', async ({
  page,
  server,
  extensionId,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await openViewer(page, extensionId, server.url(`pdf/${PDF_FIXTURES.policy}`), POLICY_MARKS.length);
  await expect.poll(() => markedTexts(page)).toEqual(POLICY_MARKS);
  // The decoys are in the text layer, as text, and unmarked.
  const layer = page.locator('.textLayer');
  for (const decoy of Object.values(POLICY.decoys)) await expect(layer).toContainText(decoy);
  const markedNodes = await page.evaluate(() =>
    [...(CSS.highlights.get('cpt-lens-underline') ?? [])].map((r) => (r.startContainer as Text).data),
  );
  for (const decoy of Object.values(POLICY.decoys)) expect(markedNodes).not.toContain(decoy);
  // The marks are painted over pdf.js's canvas (the page's :root::highlight() rules reach its text layer).
  const box = await codeBox(page, '.textLayer', '64632');
  await expect.poll(() => paintedShare(page, { box, rgb: UNDERLINE_ON_WHITE, tolerance: 14 })).toBeGreaterThan(0.3);
  const decoyBox = await codeBox(page, '.textLayer', POLICY.decoys.policyNumber);
  expect(await paintedShare(page, { box: decoyBox, rgb: UNDERLINE_ON_WHITE, tolerance: 14 })).toBeLessThan(0.02);

  // Hover a code in the prose: its card, named by the code; Esc closes it.
  await hoverCode(page, '.textLayer', '64714');
  const card = dialogOf(page, '64714');
  await expect(card).toBeVisible();
  await expect(card).toHaveAccessibleName(/^CPT 64714 — /);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  // A click on the code pins its card.
  await hoverCode(page, '.textLayer', '64632');
  await expect(dialogOf(page, '64632')).toBeVisible();
  await page.mouse.down();
  await page.mouse.up();
  await page.mouse.move(5, 700, { steps: 5 });
  await expect(dialogOf(page, '64632')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialogOf(page, '64632')).toHaveCount(0);

  // The text layer is real text: selection and copy work.
  const selected = await page.evaluate(() => {
    const span = [...document.querySelectorAll('.textLayer span')].find((s) => s.textContent?.startsWith('Report'));
    getSelection()!.selectAllChildren(span!);
    return getSelection()!.toString();
  });
  expect(selected).toContain('Report 64712 once per side');
  expect(problems).toEqual([]);
});

test('the viewer navigates, zooms (fit width first) and finds with Ctrl+F', async ({ page, server, extensionId }) => {
  await openViewer(page, extensionId, server.url(`pdf/${PDF_FIXTURES.policy}`));
  await expect(page.getByRole('combobox', { name: 'Zoom' })).toHaveValue('page-width');
  const pageWidth = () =>
    page
      .locator('.page')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width);
  const fitWidth = await pageWidth();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(pageWidth).toBeGreaterThan(fitWidth);
  await expect(page.getByRole('combobox', { name: 'Zoom' })).toHaveValue('custom');
  await page.getByRole('combobox', { name: 'Zoom' }).selectOption('page-width');
  await expect.poll(pageWidth).toBeCloseTo(fitWidth, 0);

  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find in document' });
  await expect(find).toBeFocused();
  await find.fill('sciatic');
  await expect(page.locator('#find-status')).toHaveText(/of 3$/);
  await expect(page.locator('.textLayer .highlight').first()).toBeAttached();
  // The find highlight splits text-layer spans: our marks follow the new text nodes.
  await expect.poll(() => markedTexts(page)).toEqual(POLICY_MARKS);
  await find.press('Escape');
  await expect(find).toBeHidden();
});

test('the badge and the popup see the viewer tab; the site switch is the PDF’s site', async ({
  page,
  server,
  extensionId,
  serviceWorker,
  openPopup,
}) => {
  const url = viewerUrl(extensionId, server.url(`pdf/${PDF_FIXTURES.policy}`));
  await openViewer(page, extensionId, server.url(`pdf/${PDF_FIXTURES.policy}`), POLICY_MARKS.length);
  const tabId = await serviceWorker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  expect(tabId).toBeDefined();
  await expect.poll(() => serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('6');

  const popup = await openPopup();
  const list = popup.getByRole('region', { name: /On this page/ });
  await expect(list.getByRole('button', { name: /^64712 .*: 2 on this page/ })).toBeVisible();
  await expect(list.getByRole('button')).toHaveCount(5);
  await list.getByRole('button', { name: /^64445 / }).click();
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...(CSS.highlights.get('cpt-lens-flash') ?? [])].map((r) =>
            (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
          ),
        ),
      SLOW,
    )
    .toEqual(['64445']);
  // No "Open in CPT Lens" in the viewer itself.
  await expect(popup.getByRole('button', { name: 'Open in CPT Lens' })).toHaveCount(0);

  const toggle = popup.getByRole('switch', { name: `Enable on ${HOST}` });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect.poll(() => markedTexts(page)).toEqual([]);
  await expect(page.locator('#site-state')).toHaveText(`CPT Lens is off on ${HOST}.`);
  await hoverCode(page, '.textLayer', '64714');
  await page.waitForTimeout(600); // longer than the hover delay: a card would be open by now
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await toggle.click();
  await expect.poll(() => markedTexts(page)).toEqual(POLICY_MARKS);
});

test('the popup offers "Open in CPT Lens" on a PDF tab, and it opens the viewer there', async ({
  page,
  server,
  extensionId,
  openPopup,
}) => {
  const file = server.url(`pdf/${PDF_FIXTURES.policy}`);
  // The browser's own viewer (or, headless, its download): either way the tab's URL is the PDF.
  await page.goto(file).catch(() => {});
  await expect.poll(() => page.url()).toBe(file);
  const popup = await openPopup();
  const offer = popup.getByRole('button', { name: 'Open in CPT Lens' });
  await expect(offer).toBeVisible();
  await offer.click();
  await expect.poll(() => page.url()).toBe(viewerUrl(extensionId, file));
  await expect.poll(async () => (await markedTexts(page)).length, SLOW).toBe(POLICY_MARKS.length);
});

test('a local file opens through the picker', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/pdf.html`);
  await expect(page.getByText('Open a PDF to find the CPT codes in it.')).toBeVisible();
  await page.locator('#file-input').setInputFiles(resolve(PDF_DIR, PDF_FIXTURES.policy));
  await expect.poll(() => markedTexts(page), SLOW).toEqual(POLICY_MARKS);
  await expect(page.locator('#doc-name')).toHaveText(PDF_FIXTURES.policy);
  await hoverCode(page, '.textLayer', '64712');
  await expect(dialogOf(page, '64712')).toBeVisible();
});

test('broken, encrypted and scanned PDFs each get a clear message, and nothing crashes', async ({
  page,
  server,
  extensionId,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(viewerUrl(extensionId, server.url(`pdf/${PDF_FIXTURES.broken}`)));
  await expect(message(page)).toContainText('This file is not a PDF, or it is damaged.', SLOW);
  await expect(message(page)).toHaveAttribute('role', 'alert');

  await page.goto(viewerUrl(extensionId, server.url(`pdf/${PDF_FIXTURES.encrypted}`)));
  await expect(message(page)).toContainText('This PDF is protected by a password.', SLOW);

  await page.goto(viewerUrl(extensionId, server.url(`pdf/${PDF_FIXTURES.scanned}`)));
  await expect(message(page)).toContainText('This PDF has no text layer: CPT Lens cannot read scanned pages', SLOW);
  // The page is still shown.
  await expect(page.locator('.page canvas').first()).toBeAttached();

  await page.goto(viewerUrl(extensionId, server.url('pdf/missing.pdf')));
  await expect(message(page)).toContainText('The PDF could not be fetched.', SLOW);
  await expect(message(page)).toContainText('404');

  await page.goto(`chrome-extension://${extensionId}/pdf.html?file=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(message(page)).toContainText('web addresses and local files only');
  expect(problems).toEqual([]);
});

test('a 300-page PDF renders lazily: the first page is marked at once, a far page when reached', async ({
  page,
  server,
  extensionId,
}) => {
  await openViewer(page, extensionId, server.url(`pdf/${PDF_FIXTURES.long}`));
  await expect(page.locator('#page-count')).toHaveText(`of ${LONG_PAGES}`);
  // Only pages near the viewport have a text layer.
  expect(await page.locator('.textLayer').count()).toBeLessThan(10);
  const pageInput = page.getByRole('spinbutton', { name: 'Page number' });
  await pageInput.fill('250');
  await pageInput.press('Enter');
  const page250 = page.locator('.page[data-page-number="250"] .textLayer');
  await expect(page250).toContainText('Section 250', SLOW);
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...(CSS.highlights.get('cpt-lens-underline') ?? [])].some(
          (r) => (r.startContainer as Node).parentElement?.closest('.page')?.getAttribute('data-page-number') === '250',
        ),
      ),
    )
    .toBe(true);
  expect(await page.locator('.textLayer').count()).toBeLessThan(20);
});

test('the viewer fetches the document and nothing else', async ({ context, page, server, extensionId }) => {
  const seen: string[] = [];
  const record = (request: Request) => seen.push(request.url());
  context.on('request', record);
  const file = server.url(`pdf/${PDF_FIXTURES.policy}`);
  const before = server.requests.length;
  await openViewer(page, extensionId, file, POLICY_MARKS.length);
  await hoverCode(page, '.textLayer', '64712');
  await expect(dialogOf(page, '64712')).toBeVisible();
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('nerve');
  await expect(page.locator('#find-status')).toHaveText(/of \d+$/);
  context.off('request', record);
  // The fixture server saw one request: the document.
  expect(server.requests.slice(before)).toEqual([`/pdf/${PDF_FIXTURES.policy}`]);
  // The browser saw the extension's own files and the document, nothing else.
  const external = seen.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`));
  expect(external).toEqual([file]);
  // The worker, fonts and the rest came from the extension.
  expect(seen.some((u) => u.endsWith('/pdfjs/pdf.worker.min.mjs'))).toBe(true);
});
