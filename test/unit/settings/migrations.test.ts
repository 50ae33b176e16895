/**
 * Migrations run when the storage item is defined (module load), so each test seeds storage
 * first and then imports lib/settings.ts fresh.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

async function freshSettingsModule() {
  vi.resetModules();
  return import('../../../lib/settings');
}

// The first import transforms the whole settings module graph: seconds on a loaded machine, which
// timed out the first test (5 s) now and then. Paid once here, so each test times only its own
// fresh evaluation.
beforeAll(async () => {
  await import('../../../lib/settings');
}, 60_000);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings migrations', () => {
  it('migrates the pre-release shape { disabledSites: string[] } (v1, no version stored) to v2', async () => {
    await fakeBrowser.storage.local.set({
      settings: { disabledSites: ['mail.example.com', '*.News.example.org', 'bücher.de'] },
    });
    const { getSettings, SETTINGS_VERSION } = await freshSettingsModule();
    expect((await getSettings()).sites).toEqual([
      { host: 'mail.example.com', includeSubdomains: false },
      { host: 'news.example.org', includeSubdomains: true },
      { host: 'xn--bcher-kva.de', includeSubdomains: false },
    ]);
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).toEqual({
      sites: [
        { host: 'mail.example.com', includeSubdomains: false },
        { host: 'news.example.org', includeSubdomains: true },
        { host: 'xn--bcher-kva.de', includeSubdomains: false },
      ],
    });
    expect(raw.settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('reports, rather than silently loses, pre-release hosts that are not valid', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['ok.org', 'not a host', 42] } });
    const { readSettings } = await freshSettingsModule();
    const { settings, problems } = await readSettings();
    expect(settings.sites).toEqual([{ host: 'ok.org', includeSubdomains: false }]);
    expect(problems).toHaveLength(2);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/not a host/);
  });

  it('an empty pre-release list migrates to nothing stored beyond the version', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: [] } });
    const { getSettings, DEFAULT_SETTINGS } = await freshSettingsModule();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({});
  });

  it('leaves a current (v2) value as it is', async () => {
    const value = { mode: 'only-listed', sites: [{ host: 'a.org', includeSubdomains: false }] };
    await fakeBrowser.storage.local.set({ settings: value, settings$: { v: 2 } });
    const { getSettings } = await freshSettingsModule();
    expect(await getSettings()).toMatchObject(value);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(value);
  });

  it('a v2-shaped value written without a version is carried over unchanged', async () => {
    await fakeBrowser.storage.local.set({ settings: { holdKey: 'Alt' } });
    const { getSettings } = await freshSettingsModule();
    expect((await getSettings()).holdKey).toBe('Alt');
  });

  it('a fresh install writes nothing until the user changes something, then writes the version', async () => {
    const { getSettings, updateSettings, SETTINGS_VERSION } = await freshSettingsModule();
    await getSettings();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await updateSettings({ holdKey: 'Shift' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      settings: { holdKey: 'Shift' },
      settings$: { v: SETTINGS_VERSION },
    });
  });

  it('the migration function is total', async () => {
    const { migrateSettingsV1toV2 } = await freshSettingsModule();
    expect(migrateSettingsV1toV2(null)).toEqual({});
    expect(migrateSettingsV1toV2('x')).toEqual({});
    expect(migrateSettingsV1toV2({ disabledSites: 'a.org' })).toEqual({});
  });
});
