import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../../..',
  process.env.CPT_LENS_OUT ?? '.output',
  'chrome-mv3',
);

/** Debian's Chromium; never a browser a tool downloads (DEVELOPERS.md). */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with "apt-get install -y chromium", or set CHROMIUM_PATH to its path.`,
    );
  }
  return path;
}

export interface LaunchOptions {
  extensionDir?: string;
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  extraArgs?: string[];
  headless?: boolean;
}

/** Loads the built extension into headless Chromium, as DEVELOPERS.md prescribes. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run "npm run build" first.`);
  }
  return chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    // Playwright disables extensions by default.
    ignoreDefaultArgs: ['--disable-extensions'],
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Chromium 137+ ignores --load-extension unless this feature is off.
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      ...(options.extraArgs ?? []),
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext) {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
}

export function extensionIdOf(workerUrl: string): string {
  const id = new URL(workerUrl).host;
  if (!/^[a-p]{32}$/.test(id)) throw new Error(`not an extension URL: ${workerUrl}`);
  return id;
}
