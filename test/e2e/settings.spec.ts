/**
 * Settings end to end, in Chromium with the built extension: the options page drives live pages
 * (every frame, no reload), imports are all-or-nothing, the context-menu handler opens a lookup,
 * and a real managed policy (Chromium's Linux policy folder) forces a site off.
 */

import type { Frame, Page, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { POLICY_LOAD_MS, testWithPolicy } from './support/policy';

const HIGHLIGHTS = ['cpt-lens-underline', 'cpt-lens-background'];

/** Ranges registered under our highlight names in this document. */
function marks(target: Page | Frame): Promise<number> {
  return target.evaluate(
    (names) => names.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0),
    HIGHLIGHTS,
  );
}

function childFrame(page: Page): Frame {
  const frame = page.mainFrame().childFrames()[0];
  if (!frame) throw new Error('the fixture has no child frame');
  return frame;
}

async function storedSettings(serviceWorker: Worker): Promise<unknown> {
  return serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}

async function badgeOf(serviceWorker: Worker, url: string): Promise<string> {
  return serviceWorker.evaluate(
    async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      if (tab?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
      return chrome.action.getBadgeText({ tabId: tab.id });
    },
    url.replace(/#.*$/, ''),
  ); // tabs.query's URL patterns have no fragment
}

test('the options page changes the mode and the site list; an open page and its srcdoc frame follow live', async ({
  page,
  server,
  serviceWorker,
  openOptions,
}) => {
  const url = server.url('settings/codes.html');
  await page.goto(url);
  // Default mode: on everywhere. Top page: 64712, 64445; srcdoc frame: 64632, 64712.
  await expect.poll(() => marks(page)).toBe(2);
  await expect.poll(() => marks(childFrame(page))).toBe(2);
  await expect.poll(() => badgeOf(serviceWorker, url)).toBe('4');

  const options = await openOptions();
  await options.getByRole('radio', { name: /Only on the sites I list/ }).check();
  await expect(options.getByRole('status')).toHaveText('Mode: only on the listed sites.');
  expect(await storedSettings(serviceWorker)).toEqual({ mode: 'only-listed' });

  // No reload: both frames drop every highlight, and the badge clears.
  await expect.poll(() => marks(page)).toBe(0);
  await expect.poll(() => marks(childFrame(page))).toBe(0);
  await expect.poll(() => badgeOf(serviceWorker, url)).toBe('');

  // Listing the site (as typed, with a port and a path) turns it back on, in both frames.
  await expect(options.getByRole('heading', { name: 'Sites where CPT Lens is on' })).toBeVisible();
  await options.getByLabel('Add a site').fill(`${server.origin}/settings/codes.html`);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.getByRole('status')).toHaveText(`Added ${new URL(server.origin).host}.`);
  await expect.poll(() => marks(page)).toBe(2);
  await expect.poll(() => marks(childFrame(page))).toBe(2);

  // A typing mistake is refused with a reason tied to the box, and nothing is stored.
  await options.getByLabel('Add a site').fill('portal example.com');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.getByLabel('Add a site')).toHaveAttribute('aria-invalid', 'true');
  await expect(options.getByText(/is not a site name/)).toBeVisible();
  expect(await storedSettings(serviceWorker)).toEqual({
    mode: 'only-listed',
    sites: [{ host: new URL(server.origin).host, includeSubdomains: false }],
  });

  // The highlight style reaches the page live too.
  await options.getByRole('radio', { name: 'Yellow background' }).check();
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('cpt-lens-background')?.size ?? 0)).toBe(2);

  // Removing the site by keyboard turns it off again.
  await options.getByRole('button', { name: `Remove ${new URL(server.origin).host}` }).focus();
  await options.keyboard.press('Enter');
  await expect.poll(() => marks(page)).toBe(0);
});

test('importing a malformed file changes nothing and says why; a valid one is previewed, then applied', async ({
  serviceWorker,
  openOptions,
}) => {
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      settings: { hoverDelayMs: 500, sites: [{ host: 'mail.example.com', includeSubdomains: false }] },
      settings$: { v: 2 },
    }),
  );
  const before = await storedSettings(serviceWorker);
  const options = await openOptions();
  const importInput = options.getByLabel('Import settings…');

  await importInput.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "format": "cpt-lens-settings", "version": 2, "settings": { "mode": '),
  });
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('broken.json was not imported.');
  await expect(alert).toContainText('Your settings are unchanged.');
  await expect(alert).toContainText('not valid JSON');
  expect(await storedSettings(serviceWorker)).toEqual(before);

  // Valid JSON, but one bad field among good ones: all-or-nothing, every problem listed.
  await importInput.setInputFiles({
    name: 'mixed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'cpt-lens-settings',
        version: 2,
        settings: { mode: 'only-listed', hoverDelayMs: 'fast', sites: ['ehr.hospital.org', 'not a site'] },
      }),
    ),
  });
  await expect(alert).toContainText('mixed.json was not imported.');
  await expect(alert).toContainText('"hoverDelayMs" must be a whole number from 0 to 2000, but it is "fast".');
  await expect(alert).toContainText('Site 2:');
  expect(await storedSettings(serviceWorker)).toEqual(before);
  await expect(options.getByRole('radio', { name: /On everywhere except/ })).toBeChecked();

  // A valid file: previewed first, applied only on request.
  await importInput.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'cpt-lens-settings',
        version: 2,
        settings: { mode: 'only-listed', sites: ['*.ehr.hospital.org'] },
      }),
    ),
  });
  const preview = options.getByRole('region', { name: 'Importing good.json would change:' });
  await expect(preview.getByRole('listitem')).toHaveText([
    'Mode: on everywhere except listed sites → only on listed sites',
    'Sites added: *.ehr.hospital.org',
    'Sites removed: mail.example.com',
  ]);
  await expect(options.getByRole('alert')).toHaveCount(0);
  expect(await storedSettings(serviceWorker)).toEqual(before);
  await preview.getByRole('button', { name: 'Apply these changes' }).click();
  await expect(options.getByRole('status')).toHaveText('Imported good.json.');
  expect(await storedSettings(serviceWorker)).toEqual({
    mode: 'only-listed',
    hoverDelayMs: 500,
    sites: [{ host: 'ehr.hospital.org', includeSubdomains: true }],
  });
});

test('the context-menu handler opens the lookup on the selected code', async ({
  page,
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  // Headless Chromium cannot open a context menu, and contextMenus.onClicked cannot be
  // dispatched from script, so the test calls the very listener the background registered
  // (lib/background/test-hooks.ts) with what Chromium would pass.
  const url = server.url('settings/codes.html');
  await page.goto(url);
  const opened = context.waitForEvent('page');
  const result = await serviceWorker.evaluate(async (pageUrl) => {
    const hooks = (globalThis as unknown as { __cptLensTest: Record<string, (...a: unknown[]) => unknown> })
      .__cptLensTest;
    const registered = hooks.isLookupListenerRegistered?.();
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    hooks.lookupListener?.(
      { menuItemId: 'cpt-lens-lookup', selectionText: 'Line 1: CPT 64712-RT, open', editable: false },
      tab,
    );
    return { registered, tabIndex: tab?.index };
  }, url);
  expect(result.registered).toBe(true);
  const lookup = await opened;
  await lookup.waitForLoadState();
  expect(lookup.url()).toBe(`chrome-extension://${extensionId}/popup.html?q=64712`);
  await expect(lookup.getByText(/Open Neurolysis of Sciatic Nerve/i).first()).toBeVisible();
  // Opened next to the page it came from.
  const index = await serviceWorker.evaluate(
    async (lookupUrl) => (await chrome.tabs.query({ url: lookupUrl }))[0]?.index,
    lookup.url(),
  );
  expect(index).toBe((result.tabIndex ?? -2) + 1);
});

test('the toggle-site command turns the active tab’s site off and on, live', async ({
  page,
  server,
  serviceWorker,
}) => {
  // As with the context menu, a headless browser cannot press an extension shortcut: the test
  // calls the command's handler (its logic; the listener only finds the active tab).
  const url = server.url('settings/codes.html');
  await page.goto(url);
  await expect.poll(() => marks(page)).toBe(2);
  const toggle = () =>
    serviceWorker.evaluate(
      (u) =>
        (
          globalThis as unknown as { __cptLensTest: { toggleSiteOf: (u: string) => Promise<{ enabled: boolean }> } }
        ).__cptLensTest.toggleSiteOf(u),
      url,
    );
  expect(await toggle()).toMatchObject({ enabled: false });
  await expect.poll(() => marks(page)).toBe(0);
  await expect.poll(() => marks(childFrame(page))).toBe(0);
  expect(await toggle()).toMatchObject({ enabled: true });
  await expect.poll(() => marks(page)).toBe(2);
});

/**
 * Managed policy through Chromium's real policy path: Chromium on Linux reads
 * /etc/chromium/policies/managed/*.json at start-up, and an extension's policy lives under
 * "3rdparty" → "extensions" → its id. That folder is global to the machine, so this test loads a
 * private copy of the extension from a fresh folder: its id (derived from the folder's path) is
 * unique to this run, and the policy file names only that id, so no other browser (parallel
 * tests, other engineers) is affected. The file is removed afterwards.
 */
const policyTest = testWithPolicy({
  forceDisabledHosts: ['127.0.0.1'],
  forceEnabledHosts: ['*.example.org'],
  lockedMode: 'all-except',
});

policyTest(
  'a managed policy forces a site off and locks the mode; the options page shows it',
  async ({ page, server, serviceWorker, extensionId, policyExtension, openOptions }) => {
    expect(extensionId).toBe(policyExtension.id);
    await expect
      .poll(() => serviceWorker.evaluate(() => chrome.storage.managed.get(null)), { timeout: POLICY_LOAD_MS })
      .toMatchObject({ forceDisabledHosts: ['127.0.0.1'] });

    // The top page (127.0.0.1) is forced off; its cross-site frame (localhost) is not. The frame
    // being marked shows the content scripts ran; the top page staying bare is the policy.
    await page.goto(server.url('settings/with-frame.html'));
    await expect.poll(() => marks(childFrame(page))).toBe(2);
    expect(await marks(page)).toBe(0);

    // The user cannot turn it back on: the switch's logic leaves a policy host alone.
    const state = await serviceWorker.evaluate(
      (u) =>
        (
          globalThis as unknown as { __cptLensTest: { toggleSiteOf: (u: string) => Promise<unknown> } }
        ).__cptLensTest.toggleSiteOf(u),
      page.url(),
    );
    expect(state).toMatchObject({ enabled: false, lockedBy: 'policy' });
    expect(await marks(page)).toBe(0);

    const options = await openOptions();
    const policy = options.getByRole('region', { name: 'Set by your organization' });
    await expect(policy).toContainText('Always off: 127.0.0.1');
    await expect(policy).toContainText('Always on: *.example.org');
    await expect(options.getByRole('radio', { name: /On everywhere except/ })).toBeDisabled();
    await expect(options.getByRole('radio', { name: /Only on the sites I list/ })).toBeDisabled();
    await expect(options.getByText('The mode is set by your organization.')).toBeVisible();
  },
);

test('re-injection (as after an update) replaces the running content script and keeps the page’s marks', async ({
  page,
  server,
  serviceWorker,
}) => {
  const url = server.url('settings/codes.html');
  await page.goto(url);
  await expect.poll(() => marks(page)).toBe(2);
  const injected = await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { __cptLensTest: { reinjectContentScripts: () => Promise<number> } }
    ).__cptLensTest.reinjectContentScripts(),
  );
  expect(injected).toBeGreaterThan(0);
  // The new copy answers page/list in every frame, and the page still shows each code once.
  const frames = await serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error('no tab');
    const found = await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func: () => 0 });
    return found.length;
  }, url);
  expect(frames).toBe(2);
  await expect.poll(() => marks(page)).toBe(2);
  await expect.poll(() => marks(childFrame(page))).toBe(2);
  await page.mouse.move(5, 5);
  await expect.poll(() => badgeOf(serviceWorker, url)).toBe('4');
  expect(await marks(page)).toBe(2);
});

test('the badge sums the codes of every frame and follows the tab to its next page', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url('settings/codes.html'));
  await expect.poll(() => marks(page)).toBe(2);
  // Two in the page, two in its srcdoc frame.
  await expect.poll(() => badgeOf(serviceWorker, page.url())).toBe('4');
  // A new document without that frame: its count must not linger.
  await page.goto(server.url('settings/frame.html'));
  await expect.poll(() => marks(page)).toBe(2);
  await expect.poll(() => badgeOf(serviceWorker, page.url())).toBe('2');
  // A same-document navigation keeps the count.
  await page.evaluate(() => history.pushState({}, '', '?tab=2'));
  await page.evaluate(() => {
    location.hash = 'line';
  });
  await expect.poll(() => badgeOf(serviceWorker, page.url())).toBe('2');
});

test('the site list works from the keyboard: add, edit, cancel, remove, with focus kept in place', async ({
  serviceWorker,
  openOptions,
}) => {
  const options = await openOptions();
  const add = options.getByLabel('Add a site');
  await add.focus();
  await options.keyboard.type('Bücher.de');
  await options.keyboard.press('Enter');
  await expect(options.getByRole('status')).toHaveText('Added xn--bcher-kva.de.');
  await add.fill('portal.example.com:8443');
  await options.keyboard.press('Enter');
  await expect(options.getByRole('list', { name: 'Sites where CPT Lens is off' }).getByRole('listitem')).toHaveCount(2);

  // Edit the second entry to cover its whole domain: Tab to the checkbox, Space, Enter.
  await options.getByRole('button', { name: 'Edit portal.example.com:8443' }).press('Enter');
  const edit = options.getByLabel('Edit portal.example.com:8443');
  await expect(edit).toBeFocused();
  await edit.fill('example.com');
  await options.keyboard.press('Tab');
  await options.keyboard.press('Space');
  await edit.press('Enter');
  await expect(options.getByRole('status')).toHaveText('Changed to *.example.com.');
  await expect(options.getByRole('button', { name: 'Edit *.example.com' })).toBeFocused();

  // Esc cancels an edit and gives focus back.
  await options.keyboard.press('Enter');
  await expect(options.getByLabel('Edit *.example.com')).toBeFocused();
  await options.keyboard.press('Escape');
  await expect(options.getByRole('button', { name: 'Edit *.example.com' })).toBeFocused();

  expect(await storedSettings(serviceWorker)).toEqual({
    sites: [
      { host: 'xn--bcher-kva.de', includeSubdomains: false },
      { host: 'example.com', includeSubdomains: true },
    ],
  });

  // Removing keeps focus in the list (on the row that takes its place).
  await options.getByRole('button', { name: 'Remove xn--bcher-kva.de' }).press('Enter');
  await expect(options.getByRole('button', { name: 'Edit *.example.com' })).toBeFocused();
  await expect(options.getByRole('status')).toHaveText('Removed xn--bcher-kva.de.');
});
