/**
 * Issue 8, extension life cycle: the extension is reloaded (as on an update) while tabs are open.
 * The old content scripts tear down (no highlight of theirs left, their popover host gone, no
 * "Extension context invalidated" error on the page), and the background re-injects the open
 * tabs, so CPT Lens works there again without a page reload.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { collectProblems, dialogOf, hoverCode, markedTexts, moveAway, UPDATE_ARGS, updateExtension } from './helpers';

/** Keeps, in the page's main world, the Highlight objects registered now under our names. */
async function rememberHighlights(target: Page) {
  await target.evaluate(() => {
    (window as unknown as { __old: Highlight[] }).__old = [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('cpt-lens'))
      .map(([, h]) => h);
  });
}

/** How many of the remembered Highlight objects are still registered under any name. */
async function oldStillRegistered(target: Page): Promise<number> {
  return target.evaluate(() => {
    const registered = new Set(CSS.highlights.values());
    return (window as unknown as { __old: Highlight[] }).__old.filter((h) => registered.has(h)).length;
  });
}

test.use({ launch: { extraArgs: UPDATE_ARGS } });

test('after an extension reload the old scripts tear down cleanly and open tabs work again without a page reload', async ({
  context,
  page,
  server,
  serviceWorker,
  userDataDir,
}) => {
  test.setTimeout(60_000);
  const first = page;
  const firstProblems = collectProblems(first);
  await first.goto(server.url('hostile/lifecycle.html'));
  const second = await context.newPage();
  const secondProblems = collectProblems(second);
  await second.goto(server.url('hostile/strict.html'));
  await expect.poll(() => markedTexts(second)).toEqual(['64445', '64612', '64632', '64712']);
  await first.bringToFront();
  await expect.poll(() => markedTexts(first)).toEqual(['64632', '64712']);
  const frame = first.frames().find((f) => f !== first.mainFrame())!;
  await expect.poll(() => markedTexts(frame)).toEqual(['64445']);
  await rememberHighlights(first);
  expect(await oldStillRegistered(first)).toBeGreaterThan(0);

  // A popover is open when the update lands.
  await hoverCode(first, '#text', '64712');
  await expect(dialogOf(first, '64712')).toBeVisible();

  await updateExtension(context, serviceWorker, userDataDir);

  // The old instance is gone: its highlights unregistered, its popover host removed; the new one
  // (re-injected) marks the same codes, once each, in the page and in its frame.
  await expect.poll(() => oldStillRegistered(first), { timeout: 15_000 }).toBe(0);
  await expect(first.getByRole('dialog')).toHaveCount(0);
  await expect.poll(() => markedTexts(first), { timeout: 15_000 }).toEqual(['64632', '64712']);
  await expect.poll(() => markedTexts(frame), { timeout: 15_000 }).toEqual(['64445']);

  // The pointer wanders over codes: only the new instance answers, with one host and one dialog.
  await moveAway(first);
  await hoverCode(first, '#text', '64632');
  await expect(dialogOf(first, '64632')).toBeVisible();
  expect(await first.locator('cpt-lens-ui').count()).toBe(1);
  await expect(first.getByRole('dialog')).toHaveCount(1);

  // The other tab, never reloaded, works too.
  await second.bringToFront();
  await expect.poll(() => markedTexts(second), { timeout: 15_000 }).toEqual(['64445', '64612', '64632', '64712']);
  await hoverCode(second, '#text', '64632');
  await expect(dialogOf(second, '64632')).toBeVisible();

  // No "Extension context invalidated" (or any other error) on either page.
  expect(firstProblems).toEqual([]);
  expect(secondProblems).toEqual([]);
});
