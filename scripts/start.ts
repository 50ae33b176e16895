/**
 * `npm start`: opens Chromium with the built extension on the bundled demo claim-status page.
 * With a display it stays open until you close the window; without one (CI, SSH) it runs
 * headless, hovers a code, and writes screenshots to the folder it prints.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../test/e2e/support/browser';
import { startFixtureServer } from '../test/e2e/support/server';

const SHOTS = resolve(import.meta.dirname, '..', 'screenshots');
const DEMO = 'demo/claim-status.html';

/** The viewport centre of the top-most highlighted code, read from the page's highlight registry. */
async function firstCodePoint(page: Page): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(() => {
    let best: DOMRect | undefined;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('cpt-lens')) continue;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const rect = live.getBoundingClientRect();
        if (rect.width > 0 && (!best || rect.y < best.y || (rect.y === best.y && rect.x < best.x))) best = rect;
      }
    }
    return best && { x: best.x + best.width / 2, y: best.y + best.height / 2 };
  });
}

async function main() {
  const server = await startFixtureServer();
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
  const context = await launchWithExtension({ headless: !headed, viewport: { width: 1200, height: 820 } });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url(DEMO));
  console.log(`CPT Lens is running on ${server.url(DEMO)}`);

  if (headed) {
    console.log('Close the browser window to stop.');
    await new Promise<void>((done) => context.on('close', () => done()));
    await server.close();
    return;
  }

  mkdirSync(SHOTS, { recursive: true });
  // Highlights are registered once the first scan slice has run.
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('cpt-lens')), undefined, {
    timeout: 10_000,
  });
  await page.screenshot({ path: resolve(SHOTS, 'demo-page.png') });
  const point = await firstCodePoint(page);
  if (point) {
    await page.mouse.move(point.x, point.y);
    const shown = await page
      .waitForFunction(() => document.querySelector('cpt-lens-ui') !== null, undefined, { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(SHOTS, 'demo-hover.png') });
    console.log(shown ? 'Hovered a code: popover shown.' : 'Hovered a code: no popover appeared.');
  }
  console.log(`No display: ran headless. Screenshots are in ${SHOTS}/ (demo-page.png, demo-hover.png).`);
  await context.close();
  await server.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
