import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { applyImport, diffSettings, exportSettings, parseSettingsFile } from '../../../lib/settings-file';

const current: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [{ host: 'mail.example.com', includeSubdomains: false }],
};

const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'cpt-lens-settings', version: 2, settings, ...extra });

describe('export then import', () => {
  it('round-trips every field', () => {
    const settings: Settings = {
      mode: 'only-listed',
      sites: [
        { host: 'ehr.hospital.org', includeSubdomains: true },
        { host: 'localhost:3000', includeSubdomains: false },
      ],
      hoverDelayMs: 600,
      holdKey: 'Alt',
      highlightStyle: 'background',
    };
    expect(parseSettingsFile(exportSettings(settings))).toEqual({ ok: true, settings });
  });
});

describe('parseSettingsFile: import validation', () => {
  it.each([
    ['not JSON', '{ mode: ', /not valid JSON/],
    ['a JSON array', '[]', /JSON object/],
    ['another kind of file', JSON.stringify({ name: 'x' }), /not a CPT Lens settings file/],
    ['a newer version', file({}, { version: 99 }), /newer CPT Lens/],
    ['no settings object', JSON.stringify({ format: 'cpt-lens-settings', version: 2 }), /"settings" must be an object/],
    ['a bad mode', file({ mode: 'sometimes' }), /"mode" must be "all-except" or "only-listed"/],
    ['a delay out of range', file({ hoverDelayMs: 99999 }), /"hoverDelayMs" must be a whole number from 0 to 2000/],
    ['a fractional delay', file({ hoverDelayMs: 1.5 }), /hoverDelayMs/],
    ['a bad hold key', file({ holdKey: 'Hyper' }), /holdKey/],
    ['a bad highlight style', file({ highlightStyle: 'blink' }), /highlightStyle/],
    ['sites not a list', file({ sites: 'a.org' }), /"sites" must be a list/],
    ['a bad site', file({ sites: ['ok.org', 'not a host'] }), /Site 2: .*not a site name/],
    ['an unknown field', file({ colour: 'red' }), /Unknown setting "colour"/],
  ])('rejects %s with a clear error', (_, text, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  it('lists every problem, not just the first', () => {
    const result = parseSettingsFile(file({ mode: 'x', holdKey: 'y', sites: [1] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(3);
  });

  it('accepts hand-written sites as strings and normalises them', () => {
    expect(parseSettingsFile(file({ sites: ['*.Bücher.de', 'https://x.org/a'] }))).toEqual({
      ok: true,
      settings: {
        sites: [
          { host: 'xn--bcher-kva.de', includeSubdomains: true },
          { host: 'x.org', includeSubdomains: false },
        ],
      },
    });
  });

  it('rejects a file too large to be settings', () => {
    const result = parseSettingsFile(' '.repeat(1_000_001));
    expect(result.ok).toBe(false);
  });
});

describe('diffSettings and applyImport', () => {
  it('leaves fields the file omits as they are', () => {
    const parsed = parseSettingsFile(file({ hoverDelayMs: 400 }));
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const next = applyImport(current, parsed.settings);
    expect(next).toEqual({ ...current, hoverDelayMs: 400 });
    expect(diffSettings(current, next).map((c) => c.text)).toEqual(['Hover delay: 250 ms → 400 ms']);
  });

  it('names added and removed sites and changed fields', () => {
    const next: Settings = {
      ...current,
      mode: 'only-listed',
      sites: [{ host: 'ehr.hospital.org', includeSubdomains: true }],
    };
    expect(diffSettings(current, next).map((c) => c.text)).toEqual([
      'Mode: on everywhere except listed sites → only on listed sites',
      'Sites added: *.ehr.hospital.org',
      'Sites removed: mail.example.com',
    ]);
  });

  it('is empty when nothing changes', () => {
    expect(diffSettings(current, applyImport(current, {}))).toEqual([]);
  });
});
