/**
 * Shared helpers of the hostile-page suite (issue 8): read our marks back from a document's
 * CSS.highlights registry, hover a code like a hand does, and collect what a page's console says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BrowserContext,
  type ConsoleMessage,
  chromium,
  type Frame,
  type Page,
  type Worker,
} from '@playwright/test';
import { EXTENSION_DIR } from '../support/browser';
import { codeBox } from '../support/code-box';
import { expect } from '../support/fixtures';

/** The highlight names the content script registers (lib/page/highlight.ts). */
export const HIGHLIGHTS = ['cpt-lens-underline', 'cpt-lens-background'] as const;

/** The five codes the bundled publications hold. */
export const CODES = ['64445', '64612', '64632', '64712', '64714'] as const;

/** The highlighted characters of every range under our names in this document, sorted. */
export async function markedTexts(target: Page | Frame): Promise<string[]> {
  return target.evaluate((names) => {
    const out: string[] = [];
    for (const name of names) {
      for (const range of CSS.highlights.get(name) ?? []) {
        const node = range.startContainer;
        out.push(
          node.nodeType === Node.TEXT_NODE ? (node as Text).data.slice(range.startOffset, range.endOffset) : '?',
        );
      }
    }
    return out.sort();
  }, HIGHLIGHTS);
}

export async function waitForMarks(target: Page | Frame, count = 1): Promise<void> {
  await expect
    .poll(async () => (await markedTexts(target)).length, { timeout: 20_000, message: 'no code was marked' })
    .toBeGreaterThanOrEqual(count);
}

/** Moves the mouse onto `code` in steps, as a hand does. */
export async function hoverCode(page: Page, selector: string, code: string) {
  const box = await codeBox(page, selector, code);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(point.x - 30, point.y + 20);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return box;
}

export async function moveAway(page: Page) {
  const size = page.viewportSize()!;
  await page.mouse.move(size.width - 5, size.height - 5, { steps: 8 });
}

export const dialogOf = (frame: Page | Frame, code: string) =>
  frame.getByRole('dialog', { name: new RegExp(`^CPT ${code} — `) });

/** Everything a page reports as a problem: console errors and warnings, and uncaught exceptions. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    // The browser asks every page for /favicon.ico; the fixture server has none.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Chromium flag that lets CDP load an unpacked extension (updateExtension). */
export const UPDATE_ARGS = ['--enable-unsafe-extension-debugging'];

/**
 * Loads the built extension again over CDP, as the browser does on an update: same id, same path,
 * `runtime.onInstalled` with reason "update". (`chrome.runtime.reload()` cannot stand in: Chromium
 * 156 unloads an extension loaded with --load-extension and never loads it back.)
 */
export async function updateExtension(context: BrowserContext, worker: Worker, userDataDir: string): Promise<Worker> {
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const session = await cdp.newBrowserCDPSession();
    const { id } = (await session.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as {
      id: string;
    };
    expect(id).toBe(new URL(worker.url()).host);
  } finally {
    await cdp.close();
  }
  for (let i = 0; i < 100; i++) {
    const next = context.serviceWorkers().find((w) => w !== worker && w.url() === worker.url());
    if (next) return next;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no new service worker after the update');
}
