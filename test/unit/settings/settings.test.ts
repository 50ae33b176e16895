import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getPolicy,
  getSettings,
  readSettings,
  readSnapshot,
  type SettingsSnapshot,
  saveSettings,
  setSiteEnabled,
  updateSettings,
  validatePolicy,
  validateStoredSettings,
  watchSettings,
} from '../../../lib/settings';

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('validateStoredSettings: per-field fallback', () => {
  it('nothing stored means every default and no problem', () => {
    expect(validateStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(validateStoredSettings({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps the valid fields and falls back on each invalid one, naming it', () => {
    const { settings, problems } = validateStoredSettings({
      mode: 'only-listed',
      hoverDelayMs: -5,
      holdKey: 'Hyper',
      highlightStyle: 'background',
      sites: [{ host: 'portal.example.com', includeSubdomains: false }],
    });
    expect(settings).toEqual({
      mode: 'only-listed',
      hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
      holdKey: DEFAULT_SETTINGS.holdKey,
      highlightStyle: 'background',
      sites: [{ host: 'portal.example.com', includeSubdomains: false }],
    });
    expect(problems.map((p) => p.field)).toEqual(['hoverDelayMs', 'holdKey']);
    expect(problems[0]?.message).toMatch(/-5/);
  });

  it('drops a bad site entry and keeps the good ones', () => {
    const { settings, problems } = validateStoredSettings({
      sites: [
        { host: 'ok.example.com', includeSubdomains: true },
        { host: 'not a host', includeSubdomains: false },
        'string-entry.com',
        { host: 'OK.example.com', includeSubdomains: true },
      ],
    });
    expect(settings.sites).toEqual([{ host: 'ok.example.com', includeSubdomains: true }]);
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.field === 'sites')).toBe(true);
  });

  it('a non-object or a non-list site field falls back and reports it', () => {
    expect(validateStoredSettings('garbage').problems[0]?.field).toBe('settings');
    expect(validateStoredSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
    const { settings, problems } = validateStoredSettings({ sites: 'example.com', mode: 'all-except' });
    expect(settings.sites).toEqual([]);
    expect(problems[0]?.field).toBe('sites');
  });

  it('reports an unknown field without failing the others', () => {
    const { settings, problems } = validateStoredSettings({ holdKey: 'Alt', colour: 'red' });
    expect(settings.holdKey).toBe('Alt');
    expect(problems[0]?.message).toMatch(/colour/);
  });
});

describe('reading and writing through storage', () => {
  it('a corrupt stored value never throws and reports the problem', async () => {
    await fakeBrowser.storage.local.set({ settings: { hoverDelayMs: 'slow', highlightStyle: 'off' } });
    const { settings, problems } = await readSettings();
    expect(settings.highlightStyle).toBe('off');
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(problems).toHaveLength(1);
  });

  it('stores only what differs from the defaults, and nothing when all are default', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, sites: [], hoverDelayMs: 400 });
    expect(await stored()).toEqual({ hoverDelayMs: 400 });
    await updateSettings({ hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs });
    expect(await stored()).toBeUndefined();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('setSiteEnabled lists and unlists hosts according to the mode', async () => {
    expect(await setSiteEnabled({ host: 'mail.example.com', enabled: false })).toMatchObject({ enabled: false });
    expect(await stored()).toEqual({ sites: [{ host: 'mail.example.com', includeSubdomains: false }] });
    expect(await setSiteEnabled({ host: 'mail.example.com', enabled: true })).toEqual({ enabled: true });
    expect(await stored()).toBeUndefined();

    await updateSettings({ mode: 'only-listed' });
    await setSiteEnabled({ host: 'ehr.hospital.org', enabled: true });
    expect((await getSettings()).sites).toEqual([{ host: 'ehr.hospital.org', includeSubdomains: false }]);
  });

  it('setSiteEnabled leaves a host that policy decides alone', async () => {
    await fakeBrowser.storage.managed.set({ forceDisabledHosts: ['*.example.com'] });
    const state = await setSiteEnabled({ host: 'portal.example.com', enabled: true });
    expect(state).toMatchObject({ enabled: false, lockedBy: 'policy' });
    expect(await stored()).toBeUndefined();
  });
});

describe('managed policy', () => {
  it('reads and normalises host lists and the locked mode', async () => {
    await fakeBrowser.storage.managed.set({
      forceEnabledHosts: ['EHR.Hospital.org', '*.portal.example.com'],
      forceDisabledHosts: ['mail.example.com'],
      lockedMode: 'only-listed',
    });
    expect(await getPolicy()).toEqual({
      forceEnabledHosts: [
        { host: 'ehr.hospital.org', includeSubdomains: false },
        { host: 'portal.example.com', includeSubdomains: true },
      ],
      forceDisabledHosts: [{ host: 'mail.example.com', includeSubdomains: false }],
      lockedMode: 'only-listed',
    });
  });

  it('ignores invalid entries, keeping the valid ones, and reports them', () => {
    const { policy, problems } = validatePolicy({
      forceDisabledHosts: ['ok.org', 'bad host', 7],
      forceEnabledHosts: 'x.org',
      lockedMode: 'sometimes',
    });
    expect(policy).toEqual({
      forceEnabledHosts: [],
      forceDisabledHosts: [{ host: 'ok.org', includeSubdomains: false }],
    });
    expect(problems).toHaveLength(4);
    expect(problems.every((p) => p.field === 'policy')).toBe(true);
  });

  it('no managed storage at all (Firefox without policy) means no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await getPolicy()).toEqual({ forceEnabledHosts: [], forceDisabledHosts: [] });
  });
});

describe('watchSettings', () => {
  it('reports settings and policy changes until aborted', async () => {
    const seen: SettingsSnapshot[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s), controller.signal);
    await updateSettings({ highlightStyle: 'background' });
    await vi.waitFor(() => expect(seen.at(-1)?.settings.highlightStyle).toBe('background'));
    await fakeBrowser.storage.managed.set({ lockedMode: 'only-listed' });
    await vi.waitFor(() => expect(seen.at(-1)?.policy.lockedMode).toBe('only-listed'));
    const count = seen.length;
    controller.abort();
    await updateSettings({ highlightStyle: 'off' });
    await readSnapshot(); // let any (wrongly) pending read settle
    expect(seen).toHaveLength(count);
  });

  it('reports a snapshot at once while storage.managed has not answered, then the policy once it does', async () => {
    let answer: (policy: Record<string, unknown>) => void = () => {};
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(
      new Promise((resolve) => {
        answer = resolve;
      }) as never,
    );
    const seen: SettingsSnapshot[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s), controller.signal);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.policy.lockedMode).toBeUndefined();
    await updateSettings({ highlightStyle: 'background' });
    await vi.waitFor(() => expect(seen.at(-1)?.settings.highlightStyle).toBe('background'));
    answer({ lockedMode: 'only-listed' });
    await vi.waitFor(() => expect(seen.at(-1)?.policy.lockedMode).toBe('only-listed'));
    controller.abort();
  });

  it('ignores other keys', async () => {
    const seen: SettingsSnapshot[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s), controller.signal);
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0)); // the snapshot now
    await new Promise((r) => setTimeout(r, 10));
    const first = seen.length;
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await updateSettings({ holdKey: 'Shift' });
    await vi.waitFor(() => expect(seen).toHaveLength(first + 1));
    expect(seen.at(-1)?.settings.holdKey).toBe('Shift');
    controller.abort();
  });
});
