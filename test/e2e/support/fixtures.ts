import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { extensionIdOf, type LaunchOptions, launchWithExtension, serviceWorkerOf } from './browser';
import { type FixtureServer, startFixtureServer } from './server';

export interface ExtensionFixtures {
  /** Options for the browser this test launches; override with test.use({ launch: {...} }). */
  launch: LaunchOptions;
  context: BrowserContext;
  /** The profile folder of `context`: managed-policy and storage tests seed files here. */
  userDataDir: string;
  serviceWorker: Worker;
  extensionId: string;
  /** A page in the extension's browser. */
  page: Page;
  /** Opens the real toolbar popup over the most recent tab and returns it as a Page. */
  openPopup: () => Promise<Page>;
  /** The options page in a tab of its own. */
  openOptions: () => Promise<Page>;
}

export interface WorkerFixtures {
  server: FixtureServer;
}

/** The popup is a CDP target that Playwright's own pipe connection does not surface (DEVELOPERS.md). */
async function findPopup(browser: Browser, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/popup.html`;
  for (let i = 0; i < 50; i++) {
    const popup = browser
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().startsWith(url));
    if (popup) return popup;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the action popup did not open');
}

export const test = base.extend<ExtensionFixtures, WorkerFixtures>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  launch: [{}, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cpt-lens-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ launch, userDataDir }, use) => {
    const context = await launchWithExtension({
      ...launch,
      userDataDir,
      extraArgs: [...(launch.extraArgs ?? []), '--remote-debugging-port=0'],
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(extensionIdOf(serviceWorker.url()));
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  openPopup: async ({ context, userDataDir, serviceWorker, extensionId }, use) => {
    let cdp: Browser | undefined;
    await use(async () => {
      // openPopup() anchors to the focused window's active tab.
      await context.pages().at(-1)?.bringToFront();
      const failure = await serviceWorker.evaluate(async () => {
        try {
          await chrome.action.openPopup();
          return '';
        } catch (error) {
          return String(error);
        }
      });
      if (failure) throw new Error(`chrome.action.openPopup() failed: ${failure}`);
      // A connection made before the popup opened does not learn of its target; make a fresh one.
      await cdp?.close();
      const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      return findPopup(cdp, extensionId);
    });
    await cdp?.close();
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    });
  },
});

export { expect } from '@playwright/test';
