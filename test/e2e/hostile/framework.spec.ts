/**
 * Issue 8, framework pages: a Preact app re-renders a claims table in place 20 times a second for
 * 10 s (text edited in place, cells replaced, rows reordered). The app logs no error, our marks
 * follow the text, and the page's own MutationObserver sees nothing from us until a hover.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { collectProblems, dialogOf, HIGHLIGHTS, hoverCode } from './helpers';

/** Compares what is marked now with the CPT column as the page shows it now, in one task. */
function followState(page: Page) {
  return page.evaluate((names) => {
    const marked: string[] = [];
    let stale = 0;
    for (const name of names) {
      for (const range of CSS.highlights.get(name) ?? []) {
        const node = range.startContainer as Text;
        const cell = node.parentElement;
        if (!node.isConnected || !cell?.classList.contains('cpt')) stale++;
        marked.push(node.data.slice(range.startOffset, range.endOffset));
      }
    }
    const shown = [...document.querySelectorAll('td.cpt')].map((td) => /\d{5}/.exec(td.textContent!)?.[0] ?? '');
    return { marked: marked.sort().join(' '), shown: shown.sort().join(' '), stale };
  }, HIGHLIGHTS);
}

async function expectFollowing(page: Page) {
  await expect
    .poll(
      async () => {
        const s = await followState(page);
        return s.stale === 0 && s.marked === s.shown && s.marked.length > 0;
      },
      { timeout: 5_000, intervals: [20, 30, 50], message: 'the marks did not match the CPT column' },
    )
    .toBe(true);
}

test('a Preact claims table re-rendered 20×/s for 10 s: no app error, marks follow, no mutation from us before hover', async ({
  page,
  server,
}) => {
  test.setTimeout(60_000);
  const problems = collectProblems(page);
  await page.goto(server.url('hostile/preact-claims.html?seconds=10'));
  await expectFollowing(page);
  const started = Date.now();
  // Sample during the run: after each check, wait a while so later checks fall in other render phases.
  while (!(await page.evaluate(() => (window as unknown as { __done?: boolean }).__done))) {
    await expectFollowing(page);
    await page.waitForTimeout(1_500);
    expect(Date.now() - started).toBeLessThan(30_000);
  }
  const renders = await page.evaluate(() => (window as unknown as { __renders: number }).__renders);
  expect(renders).toBeGreaterThan(100);
  // At rest: exactly the 20 codes of the CPT column, each on its current text.
  await expectFollowing(page);
  expect((await followState(page)).marked.split(' ')).toHaveLength(20);

  const page$ = () =>
    page.evaluate(() => {
      const w = window as unknown as { __errors: string[]; __foreign: string[] };
      return { errors: w.__errors, foreign: w.__foreign };
    });
  expect(await page$()).toEqual({ errors: [], foreign: [] });
  expect(problems).toEqual([]);

  // The page's observer does see our host once we are hovered: the witness works.
  // The popover names the code the cell holds now: the index followed the edits too.
  const first = /\d{5}/.exec((await page.textContent('td.cpt'))!)![0];
  await hoverCode(page, 'td.cpt', first);
  await expect(dialogOf(page, first)).toBeVisible();
  expect((await page$()).foreign.length).toBeGreaterThan(0);
  expect((await page$()).errors).toEqual([]);
  test.info().annotations.push({ type: 'renders', description: String(renders) });
});
