/**
 * The organization's publications (issue 12), in real Chromium with the built extension: imported
 * through the options page's file input, marked live in a tab already open, shown on the card with
 * their source, rejected with FILE:LINE when malformed, kept across a browser restart, exported and
 * re-imported into a fresh profile, and pushed locked by a managed policy.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from './support/browser';
import { codeBox } from './support/code-box';
import { expect, test } from './support/fixtures';
import { testWithPolicy } from './support/policy';

const ROOT = resolve(import.meta.dirname, '../..');
/** 64714's real publication: the bundled format, rewritten for another code. */
const TEMPLATE = readFileSync(join(ROOT, 'data/sources/001_c898fc32336741b1.txt'), 'utf8');

function publication(code: string, title: string): string {
  return TEMPLATE.replace(/CPT 64714: [^\n]+/, `CPT ${code}: ${title}`).replaceAll('64714', code);
}

const IMPORTED_TITLE = 'Destruction of Peripheral Nerve by Neurolytic Agent (Clinic Guidance)';
const GOOD_FILE = {
  name: '64640-clinic.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(publication('64640', IMPORTED_TITLE)),
};

/** Ranges the extension registers for `code` in this document. */
async function marked(page: Page, code: string): Promise<number> {
  return page.evaluate(
    (c) =>
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('cpt-lens'))
        .flatMap(([, h]) => [...h])
        // StaticRanges (no toString): read the text they cover.
        .filter(
          (r) =>
            r.startContainer === r.endContainer &&
            (r.startContainer as Text).data.slice(r.startOffset, r.endOffset) === c,
        ).length,
    code,
  );
}

async function hover(page: Page, selector: string, code: string) {
  const box = await codeBox(page, selector, code);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(point.x - 30, point.y + 20);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  const dialog = page.getByRole('dialog', { name: new RegExp(`^CPT ${code} — `) });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  return dialog;
}

async function importFiles(options: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await options.getByLabel('Import publications').setInputFiles(files);
  await expect(options.getByTestId('publication-preview')).toBeVisible({ timeout: 20_000 });
}

// Imports, browser restarts and a second profile: more than the default 30 s on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

const yours = (options: Page) => options.getByRole('list', { name: 'Imported by you' });

test('an imported publication is marked in an open tab without a reload; its card shows its title, sections and source', async ({
  page,
  server,
  openOptions,
  openPopup,
}) => {
  await page.goto(server.url('publications/page.html'));
  await expect.poll(() => marked(page, '64712'), { timeout: 20_000 }).toBe(1);
  expect(await marked(page, '64640')).toBe(0);
  const navigations: string[] = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));

  const options = await openOptions();
  await expect(options.getByRole('heading', { name: 'Publications' })).toBeVisible();
  await importFiles(options, [GOOD_FILE]);
  const preview = options.getByTestId('publication-preview');
  await expect(preview.getByRole('row', { name: /64640-clinic\.txt 64640/ })).toContainText(IMPORTED_TITLE);
  await expect(preview).toContainText('Ready to import 1 publication');
  await options.getByRole('button', { name: 'Apply import' }).click();
  await expect(yours(options).getByRole('listitem')).toHaveCount(1);
  await expect(yours(options)).toContainText(IMPORTED_TITLE);

  // The open tab marks the new code live, without a reload.
  await page.bringToFront();
  await expect.poll(() => marked(page, '64640'), { timeout: 20_000 }).toBe(1);
  expect(navigations).toEqual([]);

  const dialog = await hover(page, '#p-64640', '64640');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(IMPORTED_TITLE);
  await expect(dialog.locator('.cl-overview')).toContainText('CPT code 64640');
  await expect(dialog).toContainText('Allowed modifiers');
  await expect(dialog.locator('.cl-source')).toHaveText(
    new RegExp(
      `^Source: “${IMPORTED_TITLE.replace(/[()]/g, '\\$&')}”, imported by you \\(64640-clinic\\.txt, \\d{4}-\\d\\d-\\d\\d\\)$`,
    ),
  );

  // The popup follows: search by words, the card, "On this page" and the footer's count per source.
  await options.close();
  const popup = await openPopup();
  await popup.getByRole('combobox', { name: 'Look up a CPT code' }).fill('neurolytic clinic guidance');
  await expect(popup.getByRole('option').first()).toContainText('64640');
  await expect(popup.getByRole('region', { name: /On this page/ })).toContainText('64640');
  await expect(popup.getByTestId('source-counts')).toHaveText(' (5 bundled, 1 imported by you)');
  await popup.getByRole('option').first().click();
  await expect(popup.locator('.cl-code')).toHaveText('CPT 64640');
  await expect(popup.locator('.cl-source')).toContainText('imported by you (64640-clinic.txt');
  await popup.close();

  // Removed: unmarked live too.
  const again = await openOptions();
  await again.getByRole('button', { name: 'Remove 64640' }).click();
  await expect(yours(again)).toHaveCount(0);
  await page.bringToFront();
  await expect.poll(() => marked(page, '64640'), { timeout: 20_000 }).toBe(0);
  // The new code set restarts detection: the bundled code is marked again by the rescan, a frame or more after
  // the marks of the old set were dropped (the poll above can see that moment).
  await expect.poll(() => marked(page, '64712'), { timeout: 20_000 }).toBe(1);
});

test('a malformed file is rejected with its FILE:LINE, and the earlier import is still there after a browser restart', async ({
  context,
  userDataDir,
  server,
  openOptions,
}) => {
  const options = await openOptions();
  await importFiles(options, [GOOD_FILE]);
  await options.getByRole('button', { name: 'Apply import' }).click();
  await expect(yours(options).getByRole('listitem')).toHaveCount(1);

  const broken = publication('64641', 'Broken').replace('|---|---|---|\n', '');
  await importFiles(options, [
    { name: 'broken-64641.txt', mimeType: 'text/plain', buffer: Buffer.from(broken) },
    { name: '64642.txt', mimeType: 'text/plain', buffer: Buffer.from(publication('64642', 'Fine On Its Own')) },
  ]);
  const preview = options.getByTestId('publication-preview');
  await expect(preview.getByRole('alert')).toContainText('This import is rejected (1 problem)');
  await expect(preview).toContainText('broken-64641.txt:16: expected the table separator "|---|---|---|"');
  await expect(options.getByRole('button', { name: 'Apply import' })).toHaveCount(0);
  // All or nothing: the good file of the rejected import is not stored either.
  await expect(yours(options).getByRole('listitem')).toHaveCount(1);
  await expect(yours(options)).toContainText('64640');

  await context.close();
  const relaunched = await launchWithExtension({ userDataDir });
  try {
    const worker = await serviceWorkerOf(relaunched);
    const id = new URL(worker.url()).host;
    const again = await relaunched.newPage();
    await again.goto(`chrome-extension://${id}/options.html`);
    await expect(yours(again).getByRole('listitem')).toHaveCount(1);
    await expect(yours(again)).toContainText(IMPORTED_TITLE);
    const page = await relaunched.newPage();
    await page.goto(server.url('publications/page.html'));
    await expect.poll(() => marked(page, '64640'), { timeout: 20_000 }).toBe(1);
  } finally {
    await relaunched.close();
  }
});

test('export, then import into a fresh profile, restores the same entries', async ({ openOptions }) => {
  const options = await openOptions();
  await importFiles(options, [
    GOOD_FILE,
    { name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from(publication('64642', 'Second Clinic Note')) },
  ]);
  await options.getByRole('button', { name: 'Apply import' }).click();
  await expect(yours(options).getByRole('listitem')).toHaveCount(2);
  const listed = await yours(options).getByRole('listitem').allTextContents();

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export all (.zip)' }).click();
  const zipPath = await (await download).path();
  const zip = readFileSync(zipPath);

  const fresh = mkdtempSync(join(tmpdir(), 'cpt-lens-e2e-fresh-'));
  let other: BrowserContext | undefined;
  try {
    other = await launchWithExtension({ userDataDir: fresh });
    const worker = await serviceWorkerOf(other);
    const id = new URL(worker.url()).host;
    const page = await other.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await expect(yours(page)).toHaveCount(0);
    await importFiles(page, [{ name: 'export.zip', mimeType: 'application/zip', buffer: zip }]);
    await page.getByRole('button', { name: 'Apply import' }).click();
    await expect(yours(page).getByRole('listitem')).toHaveCount(2);
    // Same codes, titles and file names (only the load time differs).
    const strip = (rows: string[]) => rows.map((r) => r.replace(/loaded \d{4}-\d\d-\d\d/, 'loaded'));
    expect(strip(await yours(page).getByRole('listitem').allTextContents())).toEqual(strip(listed));
    // And the same stored texts.
    const texts = (w: typeof worker) =>
      w.evaluate(async () => {
        const all = await chrome.storage.local.get(null);
        return Object.entries(all)
          .filter(([k]) => k.startsWith('publication.user.'))
          .map(([k, v]) => [k, (v as { text: string; file: string }).file, (v as { text: string }).text])
          .sort();
      });
    expect(await texts(worker)).toEqual([
      ['publication.user.64640', '64640-clinic.txt', publication('64640', IMPORTED_TITLE)],
      ['publication.user.64642', 'b.txt', publication('64642', 'Second Clinic Note')],
    ]);
  } finally {
    await other?.close();
    rmSync(fresh, { recursive: true, force: true });
  }
});

test('the same code from two sources shows both on the card, the organization’s first, labelled', async ({
  page,
  server,
  openOptions,
}) => {
  const options = await openOptions();
  await importFiles(options, [
    {
      name: 'our-64712.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(publication('64712', 'Our Sciatic Neurolysis Notes')),
    },
  ]);
  await expect(options.getByTestId('publication-preview')).toContainText('Ready to import 1 publication');
  await options.getByRole('button', { name: 'Apply import' }).click();
  await expect(yours(options).getByRole('listitem')).toHaveCount(1);

  await page.bringToFront();
  await page.goto(server.url('publications/page.html'));
  await expect.poll(() => marked(page, '64712'), { timeout: 20_000 }).toBe(1);
  const dialog = await hover(page, '#p-64712', '64712');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Our Sciatic Neurolysis Notes');
  const sources = dialog.locator('.cl-source');
  await expect(sources).toHaveCount(2);
  await expect(sources.nth(0)).toContainText('imported by you (our-64712.txt');
  await expect(sources.nth(1)).toHaveText(/^Source: “Open Neurolysis of Sciatic Nerve.*”, bundled with CPT Lens$/);
  await expect(dialog.locator('.cl-also')).toHaveText(
    /^Also bundled with CPT Lens:CPT 64712.*Open Neurolysis of Sciatic Nerve/,
  );
});

const policyTest = testWithPolicy({
  publications: [{ file: 'admin-64640.txt', text: publication('64640', 'Administrator Guidance for 64640') }],
});

policyTest(
  'a managed-policy publication appears locked, cannot be removed, and is marked',
  async ({ page, server, serviceWorker, openOptions }) => {
    await expect
      .poll(() => serviceWorker.evaluate(() => chrome.storage.local.get('publicationCodes')), { timeout: 20_000 })
      .toEqual({ publicationCodes: ['64640'] });
    const options = await openOptions();
    const admin = options.getByRole('list', { name: 'From your administrator' });
    await expect(admin.getByRole('listitem')).toHaveCount(1);
    await expect(admin).toContainText('Administrator Guidance for 64640');
    await expect(admin.getByRole('listitem')).toContainText('Locked');
    await expect(admin.getByRole('button')).toHaveCount(0);
    await expect(options.getByRole('button', { name: 'Remove 64640' })).toHaveCount(0);
    // "Remove all" (of yours) does not touch it.
    await importFiles(options, [
      { name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from(publication('64642', 'Mine')) },
    ]);
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByRole('button', { name: 'Remove all' }).click();
    await expect(yours(options)).toHaveCount(0);
    await expect(admin.getByRole('listitem')).toHaveCount(1);

    await page.bringToFront();
    await page.goto(server.url('publications/page.html'));
    await expect.poll(() => marked(page, '64640'), { timeout: 20_000 }).toBe(1);
    const dialog = await hover(page, '#p-64640', '64640');
    await expect(dialog.locator('.cl-source')).toContainText('from your administrator (admin-64640.txt');
  },
);
