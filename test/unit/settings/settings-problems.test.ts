import { describe, expect, it } from 'vitest';
import { checkPolicy, checkStoredSettings, validatePolicy, validateStoredSettings } from '../../../lib/settings';
import { checkHostRule, parseHostRule, siteState, siteVerdict } from '../../../lib/sites';

// The content script decides with keys (lib/settings-read.ts, checkHostRule, siteEnabled) and the
// pages show words (lib/settings-problems.ts, parseHostRule, siteState): the words, exactly as the
// options page and the popup showed them before the split.

describe('settings faults in words', () => {
  it('words every stored-settings fault', () => {
    const raw = { mode: 'x', hoverDelayMs: -5, sites: [1, { host: 'a b', includeSubdomains: false }], colour: 'red' };
    expect(validateStoredSettings(raw).problems).toEqual([
      {
        field: 'mode',
        message: 'Stored mode was "x"; it must be “all-except” or “only-listed”. The default ("all-except") is used.',
      },
      {
        field: 'hoverDelayMs',
        message:
          'Stored hoverDelayMs was -5; it must be a whole number of milliseconds from 0 to 2000. The default (250) is used.',
      },
      { field: 'sites', message: 'A stored site was dropped: 1 is not a site entry ({ host, includeSubdomains }).' },
      {
        field: 'sites',
        message: 'A stored site was dropped: “a b” is not a site name: use only the name, such as example.com.',
      },
      { field: 'settings', message: 'Stored settings hold an unknown field “colour”; it is ignored.' },
    ]);
    expect(validateStoredSettings('garbage').problems).toEqual([
      { field: 'settings', message: 'The stored settings were "garbage", not an object; defaults are used.' },
    ]);
    expect(validateStoredSettings({ sites: 'example.com' }).problems).toEqual([
      { field: 'sites', message: 'Stored site list was "example.com", not a list; it is ignored.' },
    ]);
  });

  it('words every policy fault', () => {
    const raw = {
      forceDisabledHosts: ['ok.org', '10.0.0.1:0', 7],
      forceEnabledHosts: 'x.org',
      lockedMode: 'sometimes',
    };
    expect(validatePolicy(raw).problems).toEqual([
      { field: 'policy', message: 'Policy forceEnabledHosts is "x.org", not a list of hosts; it is ignored.' },
      {
        field: 'policy',
        message:
          'Policy forceDisabledHosts entry "10.0.0.1:0" is ignored: The port in “10.0.0.1:0” must be a number from 1 to 65535.',
      },
      { field: 'policy', message: 'Policy forceDisabledHosts entry 7 is ignored: not a host name.' },
      {
        field: 'policy',
        message: 'Policy lockedMode "sometimes" is ignored: it must be “all-except” or “only-listed”.',
      },
    ]);
  });

  it('the content side gets the same decisions as keys, without words', () => {
    const raw = { hoverDelayMs: -5, sites: [{ host: '10.0.0.1', includeSubdomains: true }] };
    expect(checkStoredSettings(raw)).toEqual({
      settings: validateStoredSettings(raw).settings,
      faults: [
        { field: 'hoverDelayMs', why: 'invalid', value: -5 },
        { field: 'sites', why: 'site', value: { host: '10.0.0.1', includeSubdomains: true }, rule: 'ip' },
      ],
    });
    expect(checkPolicy({ forceEnabledHosts: ['https://'] })).toEqual({
      policy: { forceEnabledHosts: [], forceDisabledHosts: [] },
      faults: [{ field: 'policy', why: 'entry', key: 'forceEnabledHosts', value: 'https://', rule: 'bad-address' }],
    });
  });
});

describe('host rules and site states: keys and words', () => {
  it.each([
    ['', 'empty', 'Type a site, such as portal.example.com.'],
    ['file:///x', 'no-host', '“file:///x” has no site name.'],
    ['http://[bad', 'bad-address', '“http://[bad” is not a valid address.'],
    [' a@b ', 'not-a-name', '“a@b” is not a site name: use only the name, such as example.com.'],
    ['x.org:0', 'bad-port', 'The port in “x.org:0” must be a number from 1 to 65535.'],
    ['-bad-.org', 'bad-name', '“-bad-.org” is not a valid site name.'],
    ['*.10.0.0.1', 'ip', '“*.10.0.0.1” is an IP address, which has no subdomains.'],
  ])('%j is %s', (input, problem, error) => {
    expect(checkHostRule({ input })).toEqual({ ok: false, problem });
    expect(parseHostRule({ input })).toEqual({ ok: false, error });
  });

  it('siteState words each reason siteVerdict gives', () => {
    const settings = { mode: 'only-listed' as const, sites: [{ host: 'ok.org', includeSubdomains: false }] };
    const policy = {
      forceEnabledHosts: [{ host: 'on.org', includeSubdomains: false }],
      forceDisabledHosts: [{ host: 'off.org', includeSubdomains: false }],
    };
    const cases: [string, string | undefined][] = [
      ['file:///x', 'This page has no site name to list, and CPT Lens runs only on listed sites.'],
      ['https://off.org/', 'Turned off for this site by your organization’s policy.'],
      ['https://on.org/', 'Turned on for this site by your organization’s policy.'],
      ['https://c.org/', 'CPT Lens runs only on the sites in your list.'],
      ['https://ok.org/', undefined],
    ];
    for (const [url, reason] of cases) {
      const { why, ...verdict } = siteVerdict({ url, settings, policy });
      expect(siteState({ url, settings, policy })).toEqual(reason ? { ...verdict, reason } : verdict);
      expect(why === undefined).toBe(reason === undefined);
    }
    const skipped = siteState({ url: 'https://ok.org/', settings: { ...settings, mode: 'all-except' } });
    expect(skipped).toEqual({ enabled: false, reason: 'This site is in your list of sites to skip.' });
  });
});
