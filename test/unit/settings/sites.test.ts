import { describe, expect, it } from 'vitest';
import {
  EMPTY_POLICY,
  effectiveFrameUrl,
  hostOf,
  type Policy,
  parseHostRule,
  ruleMatches,
  type SiteSettings,
  siteEnabled,
  siteState,
  sitesWithHost,
  siteVerdict,
} from '../../../lib/sites';

const rule = (host: string, includeSubdomains = false) => ({ host, includeSubdomains });
const allExcept = (...sites: ReturnType<typeof rule>[]): SiteSettings => ({ mode: 'all-except', sites });
const onlyListed = (...sites: ReturnType<typeof rule>[]): SiteSettings => ({ mode: 'only-listed', sites });

describe('parseHostRule', () => {
  it.each([
    ['portal.example.com', 'portal.example.com', false],
    ['  Portal.Example.COM ', 'portal.example.com', false],
    ['*.example.com', 'example.com', true],
    ['https://portal.example.com/claims?id=1#x', 'portal.example.com', false],
    ['http://localhost:8080/x', 'localhost:8080', false],
    ['localhost:3000', 'localhost:3000', false],
    ['portal.example.com:443', 'portal.example.com:443', false],
    ['192.168.0.10', '192.168.0.10', false],
    ['10.0.0.1:8443', '10.0.0.1:8443', false],
    ['[::1]', '[::1]', false],
    ['[::1]:3000', '[::1]:3000', false],
    ['[2001:DB8::1]', '[2001:db8::1]', false],
    ['bücher.de', 'xn--bcher-kva.de', false],
    ['*.münchen.de', 'xn--mnchen-3ya.de', true],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de', false],
    ['ehr_test.local', 'ehr_test.local', false],
  ])('%s → %s (subdomains %s)', (input, host, includeSubdomains) => {
    expect(parseHostRule({ input })).toEqual({ ok: true, rule: { host, includeSubdomains } });
  });

  it('takes "and its subdomains" from the checkbox too', () => {
    expect(parseHostRule({ input: 'example.com', includeSubdomains: true })).toEqual({
      ok: true,
      rule: { host: 'example.com', includeSubdomains: true },
    });
  });

  it.each([
    ['', /Type a site/],
    ['   ', /Type a site/],
    ['exa mple.com', /not a site name/],
    ['example.com/path', /not a site name/],
    ['user@example.com', /not a site name/],
    ['*.*.example.com', /not a site name/],
    ['example..com', /not a valid site name/],
    ['-example.com', /not a valid site name/],
    ['example.com:0', /port/],
    ['example.com:70000', /port/],
    ['example.com:', /port/],
    ['example.com:http', /port/],
    ['*.192.168.0.1', /IP address/],
    ['http://', /not a valid address|no site name/],
    [`${'a'.repeat(64)}.com`, /not a valid site name/],
  ])('rejects %j with a clear error', (input, message) => {
    const result = parseHostRule({ input });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('rejects subdomains of an IP address from the checkbox', () => {
    expect(parseHostRule({ input: '10.0.0.1', includeSubdomains: true }).ok).toBe(false);
  });
});

describe('hostOf', () => {
  it.each([
    ['https://Portal.Example.com:8443/a', 'portal.example.com'],
    ['http://[::1]:3000/', '[::1]'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['blob:https://portal.example.com/5f1c', 'portal.example.com'],
    ['file:///home/me/claims.html', undefined],
    ['about:blank', undefined],
    ['about:srcdoc', undefined],
    ['data:text/html,<p>64712</p>', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});

describe('ruleMatches', () => {
  it('matches the host exactly, not its subdomains or look-alikes, unless asked', () => {
    expect(ruleMatches(rule('example.com'), 'https://example.com/x')).toBe(true);
    expect(ruleMatches(rule('example.com'), 'https://www.example.com/')).toBe(false);
    expect(ruleMatches(rule('example.com'), 'https://notexample.com/')).toBe(false);
    expect(ruleMatches(rule('example.com'), 'https://example.com.evil.test/')).toBe(false);
    expect(ruleMatches(rule('example.com', true), 'https://a.b.example.com/')).toBe(true);
    expect(ruleMatches(rule('example.com', true), 'https://example.com/')).toBe(true);
    expect(ruleMatches(rule('example.com', true), 'https://badexample.com/')).toBe(false);
  });

  it('a rule without a port matches every port; a rule with a port only that port', () => {
    expect(ruleMatches(rule('localhost'), 'http://localhost:3000/')).toBe(true);
    expect(ruleMatches(rule('localhost'), 'http://localhost/')).toBe(true);
    expect(ruleMatches(rule('localhost:3000'), 'http://localhost:3000/')).toBe(true);
    expect(ruleMatches(rule('localhost:3000'), 'http://localhost:3001/')).toBe(false);
    expect(ruleMatches(rule('localhost:3000'), 'http://localhost/')).toBe(false);
  });

  it('compares against the scheme’s default port when the URL has none', () => {
    expect(ruleMatches(rule('portal.example.com:443'), 'https://portal.example.com/')).toBe(true);
    expect(ruleMatches(rule('portal.example.com:443'), 'http://portal.example.com/')).toBe(false);
    expect(ruleMatches(rule('portal.example.com:80'), 'http://portal.example.com/')).toBe(true);
  });

  it('matches IPv4 and IPv6 addresses exactly; subdomains never apply to them', () => {
    expect(ruleMatches(rule('192.168.0.10'), 'http://192.168.0.10:8080/')).toBe(true);
    expect(ruleMatches(rule('192.168.0.10'), 'http://192.168.0.1/')).toBe(false);
    expect(ruleMatches(rule('0.10', true), 'http://192.168.0.10/')).toBe(false);
    expect(ruleMatches(rule('[::1]'), 'http://[::1]:5173/')).toBe(true);
    expect(ruleMatches(rule('[::1]:5173'), 'http://[::1]:5174/')).toBe(false);
  });

  it('matches internationalised names in either spelling of the URL', () => {
    const parsed = parseHostRule({ input: '*.münchen.de' });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(ruleMatches(parsed.rule, 'https://klinik.münchen.de/')).toBe(true);
    expect(ruleMatches(parsed.rule, 'https://klinik.xn--mnchen-3ya.de/')).toBe(true);
    expect(ruleMatches(parsed.rule, 'https://munchen.de/')).toBe(false);
  });
});

describe('siteState', () => {
  const policy = (p: Partial<Policy>): Policy => ({ ...EMPTY_POLICY, ...p });

  it('"all-except" (the default): on unless the site is listed', () => {
    expect(siteState({ url: 'https://portal.example.com/', settings: allExcept() })).toEqual({ enabled: true });
    const off = siteState({ url: 'https://mail.example.com/', settings: allExcept(rule('mail.example.com')) });
    expect(off.enabled).toBe(false);
    expect(off.lockedBy).toBeUndefined();
  });

  it('"only-listed": off unless the site is listed', () => {
    const settings = onlyListed(rule('ehr.hospital.org', true));
    expect(siteState({ url: 'https://charts.ehr.hospital.org/', settings }).enabled).toBe(true);
    expect(siteState({ url: 'https://news.example.com/', settings }).enabled).toBe(false);
  });

  it('policy forcing a host off wins over the user and over forcing it on', () => {
    const settings = onlyListed(rule('portal.example.com'));
    const forcedOff = siteState({
      url: 'https://portal.example.com/',
      settings,
      policy: policy({
        forceDisabledHosts: [rule('example.com', true)],
        forceEnabledHosts: [rule('portal.example.com')],
      }),
    });
    expect(forcedOff).toMatchObject({ enabled: false, lockedBy: 'policy' });
    expect(forcedOff.reason).toMatch(/organization/);
  });

  it('policy forcing a host on wins over the user’s list', () => {
    const state = siteState({
      url: 'https://portal.example.com/',
      settings: allExcept(rule('portal.example.com')),
      policy: policy({ forceEnabledHosts: [rule('portal.example.com')] }),
    });
    expect(state).toMatchObject({ enabled: true, lockedBy: 'policy' });
  });

  it('a locked mode replaces the user’s mode', () => {
    const state = siteState({
      url: 'https://news.example.com/',
      settings: allExcept(),
      policy: policy({ lockedMode: 'only-listed' }),
    });
    expect(state.enabled).toBe(false);
  });

  it('file: pages have no host and follow the mode', () => {
    expect(siteState({ url: 'file:///home/me/claims.html', settings: allExcept() }).enabled).toBe(true);
    expect(siteState({ url: 'file:///home/me/claims.html', settings: onlyListed(rule('x.org')) }).enabled).toBe(false);
  });

  it('a blob: page belongs to the site that made it', () => {
    const settings = allExcept(rule('portal.example.com'));
    expect(siteState({ url: 'blob:https://portal.example.com/1234', settings }).enabled).toBe(false);
  });
});

describe('siteEnabled (the content script) and siteVerdict (the popup) decide alike', () => {
  const urls = ['https://portal.example.com/', 'https://news.example.com/', 'file:///claims.html'];
  const portal = rule('portal.example.com');
  const settingsCases = [allExcept(), allExcept(portal), onlyListed(), onlyListed(portal)];
  const policies: Policy[] = [
    EMPTY_POLICY,
    { ...EMPTY_POLICY, forceDisabledHosts: [portal] },
    { ...EMPTY_POLICY, forceEnabledHosts: [portal] },
    { forceDisabledHosts: [portal], forceEnabledHosts: [portal] },
    { ...EMPTY_POLICY, lockedMode: 'only-listed' },
    { ...EMPTY_POLICY, forceEnabledHosts: [portal], lockedMode: 'all-except' },
  ];
  /** The rules of siteVerdict's doc comment, spelled out (every rule here is an exact host). */
  function expected(url: string, settings: SiteSettings, policy: Policy) {
    const allExceptMode = (policy.lockedMode ?? settings.mode) === 'all-except';
    const host = url.startsWith('file:') ? undefined : new URL(url).host;
    if (!host) return allExceptMode ? { enabled: true } : { enabled: false, why: 'no-host' };
    const has = (rules: readonly { host: string }[]) => rules.some((r) => r.host === host);
    if (has(policy.forceDisabledHosts)) return { enabled: false, lockedBy: 'policy', why: 'policy-off' };
    if (has(policy.forceEnabledHosts)) return { enabled: true, lockedBy: 'policy', why: 'policy-on' };
    if (allExceptMode) return has(settings.sites) ? { enabled: false, why: 'skipped' } : { enabled: true };
    return has(settings.sites) ? { enabled: true } : { enabled: false, why: 'unlisted' };
  }

  it('the verdict names the step that decided, and siteEnabled gives its answer', () => {
    for (const url of urls) {
      for (const settings of settingsCases) {
        for (const policy of policies) {
          const want = expected(url, settings, policy);
          const label = JSON.stringify({ url, settings, policy });
          expect(siteVerdict({ url, settings, policy }), label).toEqual(want);
          expect(siteEnabled(url, settings, policy), label).toBe(want.enabled);
        }
      }
    }
  });
});

describe('effectiveFrameUrl: about:blank, srcdoc and data: frames inherit the parent’s site', () => {
  it('keeps a frame with a site of its own', () => {
    expect(effectiveFrameUrl('https://child.example.com/', 'https://child.example.com')).toBe(
      'https://child.example.com/',
    );
  });

  it('an about:blank frame takes its inherited origin', () => {
    expect(effectiveFrameUrl('about:blank', 'https://portal.example.com')).toBe('https://portal.example.com');
  });

  it('a sandboxed srcdoc or data: frame (origin "null") takes the parent from ancestorOrigins', () => {
    expect(effectiveFrameUrl('about:srcdoc', 'null', ['https://portal.example.com', 'https://top.example.com'])).toBe(
      'https://portal.example.com',
    );
    expect(effectiveFrameUrl('data:text/html,x', 'null', ['https://portal.example.com'])).toBe(
      'https://portal.example.com',
    );
  });

  it('without ancestorOrigins (Firefox), falls back to the top URL', () => {
    expect(effectiveFrameUrl('about:blank', 'null', [], 'https://top.example.com/page')).toBe(
      'https://top.example.com/page',
    );
  });

  it('so an about:blank frame of a disabled site is disabled', () => {
    const url = effectiveFrameUrl('about:blank', 'https://mail.example.com');
    expect(siteState({ url, settings: allExcept(rule('mail.example.com')) }).enabled).toBe(false);
  });

  it('leaves file: URLs alone', () => {
    expect(effectiveFrameUrl('file:///x.html', 'null', [], 'https://a.org/')).toBe('file:///x.html');
  });
});

describe('sitesWithHost', () => {
  it('in "all-except", turning a site off lists it and turning it on unlists every rule covering it', () => {
    const off = sitesWithHost({ sites: [], mode: 'all-except', rule: rule('a.example.com'), enabled: false });
    expect(off).toEqual([rule('a.example.com')]);
    const on = sitesWithHost({
      sites: [rule('a.example.com'), rule('example.com', true), rule('b.org'), rule('a.example.com:8080')],
      mode: 'all-except',
      rule: rule('a.example.com'),
      enabled: true,
    });
    expect(on).toEqual([rule('b.org')]);
  });

  it('in "only-listed", turning a site on lists it once', () => {
    const once = sitesWithHost({
      sites: [rule('example.com', true)],
      mode: 'only-listed',
      rule: rule('a.example.com'),
      enabled: true,
    });
    expect(once).toEqual([rule('example.com', true)]);
    const added = sitesWithHost({
      sites: [rule('localhost:3000')],
      mode: 'only-listed',
      rule: rule('localhost'),
      enabled: true,
    });
    expect(added).toEqual([rule('localhost:3000'), rule('localhost')]);
  });
});
