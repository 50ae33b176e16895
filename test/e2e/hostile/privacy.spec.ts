/**
 * Issue 8, privacy: nothing leaves the machine. The browser's own network log (every request of
 * every context: pages, frames, the service worker, the popup and the options page) is recorded
 * while the extension runs over every fixture, the popup and the options page; only the fixture
 * server may appear in it. And the manifest asks for exactly the permissions on the allow-list.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Request } from '@playwright/test';
import { EXTENSION_DIR } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { FIXTURES_DIR } from '../support/server';
import { hoverCode, markedTexts } from './helpers';

// ---------------------------------------------------------------------------------------------
// The manifest allow-list: a new permission, host permission or CSP must be a deliberate change
// here (and in docs/permissions.md), never a side effect of a dependency or a WXT module.

const ALLOWED = {
  permissions: ['contextMenus', 'scripting', 'storage', 'unlimitedStorage'],
  host_permissions: ['<all_urls>'],
  optional_permissions: [],
  optional_host_permissions: [],
  /** MV3's default CSP (no remote script, no eval) is what we rely on: none declared. */
  content_security_policy: undefined,
  web_accessible_resources: undefined,
  externally_connectable: undefined,
};

function manifestOf(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

test('the manifest asks for exactly the allowed permissions, host permissions and CSP', async ({ serviceWorker }) => {
  const built = manifestOf(EXTENSION_DIR);
  // What the browser actually loaded, too (not only the file on disk).
  const live = (await serviceWorker.evaluate(() => chrome.runtime.getManifest())) as unknown as Record<string, unknown>;
  for (const manifest of [built, live]) {
    expect({
      permissions: [...((manifest.permissions as string[]) ?? [])].sort(),
      host_permissions: [...((manifest.host_permissions as string[]) ?? [])].sort(),
      optional_permissions: (manifest.optional_permissions as string[]) ?? [],
      optional_host_permissions: (manifest.optional_host_permissions as string[]) ?? [],
      content_security_policy: manifest.content_security_policy,
      web_accessible_resources: manifest.web_accessible_resources,
      externally_connectable: manifest.externally_connectable,
    }).toEqual(ALLOWED);
  }
  // Every content script runs in the isolated world, never in the page's own.
  for (const script of (built.content_scripts as { world?: string }[]) ?? []) expect(script.world).toBeUndefined();
  // The Firefox build (when built next to this one) holds to the same list.
  const firefoxDir = EXTENSION_DIR.replace(/chrome-mv3$/, 'firefox-mv3');
  let firefox: Record<string, unknown> | undefined;
  try {
    firefox = manifestOf(firefoxDir);
  } catch {
    firefox = undefined;
  }
  if (firefox) {
    expect([...((firefox.permissions as string[]) ?? [])].sort()).toEqual(ALLOWED.permissions);
    expect(firefox.host_permissions).toEqual(ALLOWED.host_permissions);
    expect(firefox.content_security_policy).toBeUndefined();
  }
});

// ---------------------------------------------------------------------------------------------
// Every request the browser makes, from Chromium's network log.

const NET_LOG = join(tmpdir(), `cpt-lens-netlog-${process.pid}-${Date.now()}.json`);

function htmlFixtures(dir = FIXTURES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return htmlFixtures(path);
    return d.name.endsWith('.html') ? [relative(FIXTURES_DIR, path)] : [];
  });
}

interface NetRequest {
  url: string;
  /** The origin that caused it; Chromium writes "not an origin" for the browser's own requests. */
  initiator: string;
  /** "main frame", "sub frame", "other", ... */
  type: string;
}

/**
 * Every request started, from a (possibly unterminated) Chromium net log: URL_REQUEST_START_JOB
 * events carry the URL and the initiator.
 */
function requestsOf(file: string): NetRequest[] {
  let text = readFileSync(file, 'utf8').trim();
  // Chromium closes the JSON on exit; tolerate a log cut short.
  if (!text.endsWith('}')) text = `${text.replace(/,\s*$/, '')}]}`;
  const log = JSON.parse(text) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: Record<string, unknown> }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && typeof e.params?.url === 'string')
    .map((e) => ({
      url: e.params!.url as string,
      initiator: String(e.params!.initiator ?? ''),
      type: String(e.params!.request_type ?? ''),
    }));
}

/**
 * Chromium's own background traffic (component and time updates, sign-in, autofill, model
 * downloads), which the browser starts with no page or extension behind it. Anything a page, a
 * frame, a content script, the service worker or an extension page starts has an initiator, and
 * every navigation (the test's own page.goto included) is checked whoever started it.
 */
const isBrowserOwn = (r: NetRequest) => r.initiator === 'not an origin' && !/frame/.test(r.type);

test.describe('network', () => {
  test.use({ launch: { extraArgs: [`--log-net-log=${NET_LOG}`, '--net-log-capture-mode=Default'] } });
  test.afterAll(() => rmSync(NET_LOG, { force: true }));

  test('over every fixture, the popup and the options page, only the fixture server is ever contacted', async ({
    context,
    page,
    server,
    openPopup,
    openOptions,
  }) => {
    test.setTimeout(120_000);
    const seen: string[] = [];
    const record = (request: Request) => seen.push(request.url());
    context.on('request', record);
    const pages = htmlFixtures();
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.waitForTimeout(250);
    }
    // Exercise what talks to the background: a hover (entry/get), the popup's search and page
    // list, the options page.
    await page.goto(server.url('hostile/strict.html'));
    await expect.poll(() => markedTexts(page)).toContain('64712');
    await hoverCode(page, '#text', '64712');
    await expect(page.getByRole('dialog')).toBeVisible();
    const popup = await openPopup();
    await popup.getByRole('combobox', { name: 'Look up a CPT code' }).fill('sciatic nerve');
    await popup.keyboard.press('ArrowDown');
    await popup.waitForTimeout(500);
    const options = await openOptions();
    await options.waitForLoadState('load');
    await options.waitForTimeout(500);
    await context.close();

    const own = new Set([new URL(server.origin).host, new URL(server.otherOrigin).host]);
    const isOwn = (url: string) => {
      const u = new URL(url);
      if (['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'].includes(u.protocol)) return true;
      return own.has(u.host);
    };
    const requests = requestsOf(NET_LOG);
    const ours = requests.filter((r) => !isBrowserOwn(r));
    // The log did record the pages' traffic, with initiators: the witness works.
    expect(ours.some((r) => r.url.startsWith(server.origin) && r.initiator === server.origin)).toBe(true);
    expect(ours.filter((r) => !isOwn(r.url)).map((r) => `${r.initiator} -> ${r.url}`)).toEqual([]);
    const browserHosts = [...new Set(requests.filter(isBrowserOwn).map((r) => new URL(r.url).host))];
    expect(seen.filter((u) => !isOwn(u))).toEqual([]);
    const browserOwn = requests.length - ours.length;
    test.info().annotations.push({
      type: 'network',
      description: `${pages.length} fixtures, popup, options: ${ours.length} requests from pages and the extension, all to ${[...own].join(' / ')}; ${browserOwn} of Chromium's own (no initiator: ${browserHosts.join(', ')}) ignored`,
    });
  });
});
