/**
 * The hover popover in real Chromium with the built extension: hover real fixture codes and read
 * what a coder sees, checked against the publications in data/sources (parsed here on their own,
 * not with the extension's parser).
 *
 * README screenshots: `CPT_LENS_SCREENSHOTS=1 npx playwright test test/e2e/popover.spec.ts -g screenshot`
 * writes docs/popover-light.png and docs/popover-dark.png.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Locator, Page } from '@playwright/test';
import { codeBox } from './support/code-box';
import { expect, test } from './support/fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = join(ROOT, 'data/sources');

// ---------------------------------------------------------------------------------------------
// The publications, read plainly

interface Publication {
  code: string;
  title: string;
  firstSummaryParagraph: string;
  billingOverview: string;
  serviceType: string;
  siteOfService: string;
  clinicalContext: string;
  keyPayers: string[];
  /** Complete table rows only: [modifier, description, when to use]. */
  rows: [string, string, string][];
}

function publication(code: string): Publication {
  for (const file of readdirSync(SOURCES)) {
    const text = readFileSync(join(SOURCES, file), 'utf8');
    if (!text.includes(`CPT ${code}:`)) continue;
    const lines = text.split(/\r?\n/);
    const after = (heading: string) => lines[lines.indexOf(heading) + 1]!.trim();
    const field = (re: RegExp) =>
      lines
        .map((l) => re.exec(l)?.[1])
        .find(Boolean)!
        .trim();
    const titleAt = lines.findIndex((l) => l.startsWith(`CPT ${code}: `));
    const payers = /Key payers [a-z ]*?include (.*?)\./.exec(text)![1]!;
    return {
      code,
      title: lines[titleAt]!.slice(`CPT ${code}: `.length).trim(),
      // "Data not available in the input" is recorded as a gap, never shown as text.
      firstSummaryParagraph: lines[titleAt + 1]!.replace(/\s*Data not available in the input[^.]*\./, '').trim(),
      billingOverview: after('Billing Code Overview'),
      serviceType: field(/^Service type: (.*)$/i),
      siteOfService: field(/^Typical site of service: (.*)$/i),
      clinicalContext: after('Clinical Context'),
      keyPayers: payers.split(/, (?:and )?/),
      rows: lines
        .map((l) => /^([0-9A-Z]{2}) \| (.+?) \| (.+?) \|$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1]!, m[2]!, m[3]!]),
    };
  }
  throw new Error(`no publication for ${code}`);
}

// ---------------------------------------------------------------------------------------------
// Page helpers

/** Waits until the content script has marked codes in this document. */
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

async function hoverCode(page: Page, selector: string, code: string, frame: Page | Frame = page) {
  const box = await codeBox(frame, selector, code);
  let dx = 0;
  let dy = 0;
  if (frame !== page) {
    const offset = await (frame as Frame).frameElement().then((el) =>
      el.evaluate((node) => {
        const f = node as HTMLIFrameElement;
        const r = f.getBoundingClientRect();
        return { x: r.x + f.clientLeft, y: r.y + f.clientTop };
      }),
    );
    dx = offset.x;
    dy = offset.y;
  }
  const point = { x: dx + box.x + box.width / 2, y: dy + box.y + box.height / 2 };
  await page.mouse.move(point.x - 30, point.y + 20);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return { ...box, x: box.x + dx, y: box.y + dy };
}

async function moveAway(page: Page) {
  const size = page.viewportSize()!;
  // In steps, as a hand moves: a cross-origin (out-of-process) frame gets no pointerout when the
  // pointer jumps straight out of it, only the moves it sees on the way.
  await page.mouse.move(size.width - 5, size.height / 2, { steps: 12 });
}

/** The card's modifier table row for `modifier`, found by the code its row header shows (rows carry no data attribute). */
const modifierRow = (dialog: Locator, modifier: string) =>
  dialog
    .locator('tbody tr')
    .filter({ has: dialog.page().locator('th > .cl-mod-code', { hasText: new RegExp(`^${modifier}$`) }) });

const dialogOf = (frame: Page | Frame, code: string) =>
  frame.getByRole('dialog', { name: new RegExp(`^CPT ${code} — `) });

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** WCAG contrast of an element's text against the first opaque background up its (shadow) tree. */
async function contrastOf(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const c = [r!, g!, b!].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    let bgNode: Element | null = el;
    let bg = [255, 255, 255];
    while (bgNode) {
      const c = rgb(getComputedStyle(bgNode).backgroundColor);
      if (c.length >= 3 && (c.length === 3 || c[3]! > 0.9)) {
        bg = c;
        break;
      }
      bgNode = bgNode.parentElement ?? ((bgNode.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    }
    const fg = rgb(getComputedStyle(el).color);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  });
}

// ---------------------------------------------------------------------------------------------

test.describe('hover popover', () => {
  test.beforeEach(async ({ page, server }) => {
    await page.goto(server.url('popover/codes.html'));
    await waitForScan(page);
  });

  test('is a dialog named "CPT <code> — <title>", shown on hover and closed by Esc', async ({ page }) => {
    await hoverCode(page, '#p-64632', '64632');
    const dialog = dialogOf(page, '64632');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleName(`CPT 64632 — ${publication('64632').title}`);
    await expect(page.getByRole('dialog')).toHaveCount(1);
    // Top layer, inside our single host on <html>.
    expect(
      await page.evaluate(() => {
        const hosts = document.querySelectorAll('cpt-lens-ui');
        return {
          count: hosts.length,
          parent: hosts[0]?.parentElement?.tagName,
          open: hosts[0]?.matches(':popover-open'),
        };
      }),
    ).toEqual({ count: 1, parent: 'HTML', open: true });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  for (const code of ['64712', '64714', '64632', '64445', '64612']) {
    test(`shows the publication's fields for ${code}`, async ({ page }) => {
      const pub = publication(code);
      await hoverCode(page, `#p-${code}`, code);
      const dialog = dialogOf(page, code);
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(pub.title);
      await expect(dialog.locator('.cl-overview')).toHaveText(pub.billingOverview);
      await expect(dialog.locator('.cl-field', { hasText: 'Service type' }).locator('dd')).toHaveText(pub.serviceType);
      await expect(dialog.locator('.cl-field', { hasText: 'Typical site of service' }).locator('dd')).toHaveText(
        pub.siteOfService,
      );
      for (const [modifier, , whenToUse] of pub.rows) {
        const row = modifierRow(dialog, modifier);
        await expect(row.locator('th')).toContainText(modifier);
        await expect(row.locator('td').nth(1)).toHaveText(whenToUse);
      }
      // Every table in these publications is cut short: the card must say so.
      await expect(dialog.locator('.cl-mods > .cl-note')).toContainText('Incomplete table');

      // "More": summary, clinical context, key payers.
      const more = dialog.getByRole('button', { name: 'More' });
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await expect(dialog).not.toContainText(pub.clinicalContext.slice(0, 60));
      await more.click();
      await expect(dialog.getByRole('button', { name: 'Less' })).toHaveAttribute('aria-expanded', 'true');
      await expect(dialog).toContainText(pub.firstSummaryParagraph);
      await expect(dialog).toContainText(pub.clinicalContext);
      await expect(dialog.locator('.cl-payers li')).toHaveText(pub.keyPayers);
      // The publication's title and its source, never the hashed file name (issue 12).
      await expect(dialog.locator('.cl-source')).toHaveText(/^Source: “.+”, bundled with CPT Lens$/);
    });
  }

  test('64712 and 64632: the cut-off table rows and the mentioned-only modifiers are stated, not hidden', async ({
    page,
  }) => {
    await hoverCode(page, '#p-64712', '64712');
    const d1 = dialogOf(page, '64712');
    await expect(d1.locator('.cl-mods > .cl-gap')).toHaveText("The source's modifier table has no rows.");
    await expect(d1.locator('.cl-mentioned')).toContainText('Mentioned in the documentation');
    await expect(d1.locator('.cl-mentioned').locator('li')).toHaveCount(2);
    await moveAway(page);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await hoverCode(page, '#p-64632', '64632');
    const d2 = dialogOf(page, '64632');
    await expect(modifierRow(d2, '50').locator('td').nth(1)).toHaveText('Description cut off in the source');
  });

  test('modifier used on the page: listed → marked as used; not listed → a precise warning', async ({ page }) => {
    // 64714-RT: RT is a row of 64714's table.
    await hoverCode(page, '#p-64714', '64714');
    const listed = dialogOf(page, '64714');
    await expect(listed.locator('.cl-code')).toHaveText('CPT 64714-RT');
    await expect(modifierRow(listed, 'RT')).toHaveClass(/cl-used/);
    await expect(modifierRow(listed, 'RT')).toContainText('used on this page');
    await expect(listed.locator('.cl-usage li.cl-ok')).toHaveCount(1);
    await moveAway(page);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // 64712-RT: the table has no rows; RT is only mentioned in the clinical context.
    await hoverCode(page, '#p-64712', '64712');
    const mentioned = dialogOf(page, '64712');
    await expect(mentioned.locator('.cl-usage li.cl-warn')).toHaveText(
      "Check modifier RT: RT is not in the modifier table for 64712: the source's table has no rows. The documentation only mentions RT.",
    );
    await moveAway(page);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // 64445-50: 50 is not in 64445's table.
    await hoverCode(page, '#p-64445', '64445');
    const unlisted = dialogOf(page, '64445');
    await expect(unlisted.locator('.cl-usage li.cl-warn')).toContainText(
      'Check modifier 50: 50 is not among the modifiers the source lists for 64445.',
    );
    await expect(modifierRow(unlisted, '50')).toHaveCount(0);
    await moveAway(page);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // 64445-26: listed, no warning.
    await hoverCode(page, '#p-64445-26', '64445');
    const ok = dialogOf(page, '64445');
    await expect(ok.locator('.cl-usage li.cl-ok')).toHaveCount(1);
    await expect(ok.locator('.cl-usage li.cl-warn')).toHaveCount(0);
  });

  test('stays open while the pointer travels onto it, closes after it leaves, and switches codes', async ({ page }) => {
    const code = await hoverCode(page, '#p-64632', '64632');
    const dialog = dialogOf(page, '64632');
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    // Travel from the code to the popover through the gap between them, then rest well past the grace period.
    await page.mouse.move(code.x + code.width / 2, box.y + 4, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(900);
    await expect(dialog).toBeVisible();
    // The "More" button works with the pointer.
    await dialog.getByRole('button', { name: 'More' }).click();
    await expect(dialog.getByRole('button', { name: 'Less' })).toBeVisible();
    await moveAway(page);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Moving to another code switches the popover to it.
    await hoverCode(page, '#p-64612', '64612');
    await expect(dialogOf(page, '64612')).toBeVisible();
    await hoverCode(page, '#p-64714', '64714');
    await expect(dialogOf(page, '64714')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(1);
  });

  test('pins on click; pinned, it keeps focus for Tab and returns focus on Esc', async ({ page }) => {
    await page.locator('#focus-start').focus();
    await hoverCode(page, '#p-64612', '64612');
    await expect(dialogOf(page, '64612')).toBeVisible();
    // The keyboard path: the pin shortcut moves focus into the dialog.
    await page.keyboard.press('Alt+Shift+KeyP');
    const dialog = dialogOf(page, '64612');
    await expect(dialog).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Copy code' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'More' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('button', { name: 'Less' })).toBeFocused();
    await expect(dialog).toContainText(publication('64612').clinicalContext);
    // Pinned: the pointer leaving does not close it.
    await moveAway(page);
    await page.waitForTimeout(700);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('#focus-start')).toBeFocused();

    // A click on a code pins it too; its close button closes it.
    const box = await codeBox(page, '#p-64632', '64632');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const pinned = dialogOf(page, '64632');
    await expect(pinned).toBeFocused();
    await moveAway(page);
    await page.waitForTimeout(700);
    await expect(pinned).toBeVisible();
    await pinned.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the copy button puts the code on the clipboard', async ({ page, context, server }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await hoverCode(page, '#p-64714', '64714');
    const dialog = dialogOf(page, '64714');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('64714');
  });

  test("ignores the page's rem base, fonts and letter-spacing", async ({ page }) => {
    await hoverCode(page, '#p-64612', '64612');
    const title = dialogOf(page, '64612').getByRole('heading', { level: 2 });
    await expect(title).toBeVisible();
    const style = await title.evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: s.fontSize, spacing: s.letterSpacing, family: s.fontFamily };
    });
    expect(style.size).toBe('16px');
    expect(style.spacing).toBe('normal');
    expect(style.family).not.toContain('Georgia');
    const button = dialogOf(page, '64612').getByRole('button', { name: 'More' });
    expect(await button.evaluate((el) => getComputedStyle(el).fontSize)).toBe('13px');
  });
});

test('recreates its host after the page removes it, and removes it when the site is switched off', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url('popover/codes.html'));
  await waitForScan(page);
  await hoverCode(page, '#p-64612', '64612');
  await expect(dialogOf(page, '64612')).toBeVisible();
  // A page that throws our host away (or rewrites <html>'s children) gets a fresh one on next hover.
  await page.evaluate(() => document.querySelector('cpt-lens-ui')!.remove());
  await moveAway(page);
  await hoverCode(page, '#p-64714', '64714');
  await expect(dialogOf(page, '64714')).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('cpt-lens-ui').length)).toBe(1);

  // Switching CPT Lens off for the site tears everything down: no host is left in the page.
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ settings: { mode: 'only-listed', sites: [] }, settings$: { v: 2 } }),
  );
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('cpt-lens-ui').length)).toBe(0);
  await hoverCode(page, '#p-64632', '64632');
  await page.waitForTimeout(800);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test.describe('placement', () => {
  const corners = [
    ['#tl', '64712', 'top-left'],
    ['#tr', '64714', 'top-right'],
    ['#bl', '64632', 'bottom-left'],
    ['#br', '64612', 'bottom-right'],
  ] as const;

  for (const viewport of [
    { width: 1280, height: 800, zoom: '100%' },
    // What 200% zoom does to a 1280×800 window's layout viewport, and 80% zoom.
    { width: 640, height: 400, zoom: '200%' },
    { width: 1600, height: 1000, zoom: '80%' },
  ]) {
    test.describe(`at ${viewport.zoom} zoom (${viewport.width}×${viewport.height} CSS px)`, () => {
      test.use({ launch: { viewport: { width: viewport.width, height: viewport.height } } });

      test('stays on-screen near each viewport corner without covering the code', async ({ page, server }) => {
        await page.goto(server.url('popover/edges.html'));
        await waitForScan(page);
        for (const [selector, code, corner] of corners) {
          const codeRect = await hoverCode(page, selector, code);
          const dialog = dialogOf(page, code);
          await expect(dialog, corner).toBeVisible();
          const box = (await dialog.boundingBox())!;
          expect(box.x, `${corner} left`).toBeGreaterThanOrEqual(0);
          expect(box.y, `${corner} top`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${corner} right`).toBeLessThanOrEqual(viewport.width);
          expect(box.y + box.height, `${corner} bottom`).toBeLessThanOrEqual(viewport.height);
          expect(overlaps(box, codeRect), `${corner}: popover covers the code`).toBe(false);
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog')).toHaveCount(0);
        }
      });
    });
  }
});

test('works on a page with a strict CSP (style-src none) and Trusted Types', async ({ page, server }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(server.url('popover/strict.html'));
  await page.evaluate(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await waitForScan(page);
  await hoverCode(page, 'p', '64632');
  const dialog = dialogOf(page, '64632');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.cl-usage li.cl-ok')).toHaveCount(1);
  // The constructed stylesheet applied: CSP did not strip our styles.
  const styled = await dialog.evaluate((el) => {
    const s = getComputedStyle(el);
    return { radius: s.borderTopLeftRadius, width: s.width, bg: s.backgroundColor };
  });
  expect(styled.radius).toBe('10px');
  expect(styled.bg).toBe('rgb(255, 255, 255)');
  await dialog.getByRole('button', { name: 'More' }).click();
  await expect(dialog).toContainText(publication('64632').clinicalContext);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(problems).toEqual([]);
});

test('stays on top of page elements at z-index 2147483647', async ({ page, server }) => {
  await page.goto(server.url('popover/zindex.html'));
  await waitForScan(page);
  await hoverCode(page, '#code', '64445');
  const dialog = dialogOf(page, '64445');
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  // The page's overlay spans where the popover opens; the top layer still wins.
  expect(await page.evaluate(() => document.getElementById('cover')!.getBoundingClientRect().top)).toBeLessThan(
    box.y + box.height / 2,
  );
  for (const [fx, fy] of [
    [0.5, 0.5],
    [0.1, 0.9],
    [0.9, 0.1],
  ] as const) {
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [
      box.x + box.width * fx,
      box.y + box.height * fy,
    ] as const);
    expect(hit).toBe('CPT-LENS-UI');
  }
});

test('shows the popover of a code inside same-origin and cross-origin iframes, in the frame', async ({
  page,
  server,
}) => {
  await page.goto(server.url('popover/iframe.html'));
  for (const id of ['#same', '#cross']) {
    const frame = (await page.locator(id).elementHandle())!.contentFrame();
    const child = (await frame)!;
    await waitForScan(child);
    await hoverCode(page, 'p', '64714', child);
    const dialog = dialogOf(child, '64714');
    await expect(dialog, id).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(publication('64714').title);
    // Rendered in the frame's own document, not the top one.
    expect(await page.evaluate(() => document.querySelectorAll('cpt-lens-ui').length)).toBe(0);
    // Leaving the frame closes it (the pointer goes out of the frame's document).
    await moveAway(page);
    await expect(dialog).toHaveCount(0);
  }
});

test.describe('hold-to-show key', () => {
  test('with holdKey Alt, hovering alone shows nothing; holding Alt shows it', async ({
    page,
    server,
    serviceWorker,
  }) => {
    await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { holdKey: 'Alt' }, settings$: { v: 2 } }));
    await page.goto(server.url('popover/codes.html'));
    await waitForScan(page);
    await hoverCode(page, '#p-64612', '64612');
    // Longer than the hover delay and a frame or two: nothing may open without the key.
    await page.waitForTimeout(800);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.down('Alt');
    await expect(dialogOf(page, '64612')).toBeVisible();
    await page.keyboard.up('Alt');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ launch: { colorScheme: scheme } });

    test(`text meets WCAG AA contrast (${scheme})`, async ({ page, server }) => {
      await page.goto(server.url('popover/codes.html'));
      await waitForScan(page);
      await hoverCode(page, '#p-64712', '64712');
      const dialog = dialogOf(page, '64712');
      await expect(dialog).toBeVisible();
      const bg = await dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(29, 33, 39)' : 'rgb(255, 255, 255)');
      await dialog.getByRole('button', { name: 'More' }).click();
      const parts: [string, Locator][] = [
        ['title', dialog.getByRole('heading', { level: 2 })],
        ['code', dialog.locator('.cl-code')],
        ['overview', dialog.locator('.cl-overview')],
        ['field label', dialog.locator('.cl-field dt').first()],
        ['field value', dialog.locator('.cl-field dd').first()],
        ['section heading', dialog.locator('.cl-sub').first()],
        ['warning', dialog.locator('.cl-usage li.cl-warn')],
        ['incomplete note', dialog.locator('.cl-mods > .cl-note')],
        ['gap', dialog.locator('.cl-mods > .cl-gap')],
        ['button', dialog.getByRole('button', { name: 'Less' })],
        ['source', dialog.locator('.cl-source')],
        ['hint', dialog.locator('.cl-hint')],
      ];
      for (const [name, locator] of parts) {
        expect(await contrastOf(locator), `${name} contrast`).toBeGreaterThanOrEqual(4.5);
      }
    });

    test.describe('tall window', () => {
      // Tall enough that the whole card shows without scrolling.
      test.use({ launch: { colorScheme: scheme, viewport: { width: 1100, height: 1150 } } });

      test(`README screenshot (${scheme})`, async ({ page, server }, testInfo) => {
        await page.goto(server.url('demo/claim-status.html'));
        await waitForScan(page);
        const code = await hoverCode(page, 'table', '64712');
        const dialog = dialogOf(page, '64712');
        await expect(dialog).toBeVisible();
        const box = (await dialog.boundingBox())!;
        const x = Math.max(0, Math.min(code.x, box.x) - 180);
        const y = Math.max(0, Math.min(code.y, box.y) - 90);
        const clip = {
          x,
          y,
          width: Math.max(code.x + code.width, box.x + box.width) + 120 - x,
          height: Math.max(code.y + code.height, box.y + box.height) + 24 - y,
        };
        const dir = process.env.CPT_LENS_SCREENSHOTS ? join(ROOT, 'docs') : testInfo.outputDir;
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `popover-${scheme}.png`);
        await page.screenshot({ path: file, clip });
        expect(readFileSync(file).length).toBeGreaterThan(10_000);
      });
    });
  });
}
