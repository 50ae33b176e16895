/**
 * PURE per-site rules: parsing what a user (or an administrator) typed into a host rule, and
 * deciding whether CPT Lens runs on a URL given the settings and the managed policy.
 * No browser API, no storage: lib/settings.ts stores, lib/page/site-gate.ts watches.
 */

export type SiteMode = 'all-except' | 'only-listed';

/**
 * One site. `host` is the normalised host: lower case, internationalised names in punycode
 * (`xn--...`), IPv6 in brackets, and an optional `:port` (a rule without a port matches every
 * port). `includeSubdomains` extends the rule to every name under the host; not for IP addresses.
 */
export interface SiteRule {
  host: string;
  includeSubdomains: boolean;
}

/** What an administrator set through `storage.managed`, already validated (lib/settings.ts). */
export interface Policy {
  forceEnabledHosts: SiteRule[];
  forceDisabledHosts: SiteRule[];
  lockedMode?: SiteMode;
}

export const EMPTY_POLICY: Policy = { forceEnabledHosts: [], forceDisabledHosts: [] };

export interface SiteState {
  enabled: boolean;
  /** Set when the managed policy decides for this site: the user cannot change it. */
  lockedBy?: 'policy';
  /** Why, in words a user can read. */
  reason?: string;
}

/** The parts of the settings site matching reads (lib/settings.ts `Settings` satisfies it). */
export interface SiteSettings {
  mode: SiteMode;
  sites: readonly SiteRule[];
}

// ---------------------------------------------------------------------------------------------
// Parsing a typed host

export type ParsedHostRule = { ok: true; rule: SiteRule } | { ok: false; error: string };

/**
 * Why a typed host is not a site rule, as a key: the content script reads stored rules through
 * `hostRuleOf` and never shows the words, so the words (`parseHostRule`) stay out of its bundle.
 */
export type HostRuleProblem = 'empty' | 'no-host' | 'bad-address' | 'not-a-name' | 'bad-port' | 'bad-name' | 'ip';

/**
 * The problems, each at the index `hostRuleOf` gives for it: the content script, which only keeps or drops a stored
 * rule, holds the numbers and not these keys (the pages look the key up, `hostRuleProblem`).
 */
const HOST_RULE_PROBLEMS = ['empty', 'no-host', 'bad-address', 'not-a-name', 'bad-port', 'bad-name', 'ip'] as const;
const EMPTY = 0;
const NO_HOST = 1;
const BAD_ADDRESS = 2;
const NOT_A_NAME = 3;
const BAD_PORT = 4;
const BAD_NAME = 5;
const IP = 6;

/** A `HostRuleProblem` as its index in HOST_RULE_PROBLEMS (what `hostRuleOf` returns for a bad host). */
export type HostRuleFault = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type CheckedHostRule = { ok: true; rule: SiteRule } | { ok: false; problem: HostRuleProblem };

const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

function isIp(hostname: string): boolean {
  return hostname.startsWith('[') || IPV4.test(hostname);
}

/**
 * Normalises a host name through the URL parser, which is what the browser itself does to a
 * page's host: IDN to punycode, upper to lower case, IPv4 shorthand to dotted quads.
 */
function normaliseHostname(hostname: string): string | undefined {
  try {
    const url = new URL(`http://${hostname}/`);
    // The parser accepts some odd input (e.g. "a/b" becomes a path); the host must be all of it.
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password || url.port) return undefined;
    return url.hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a site as a user types it: `portal.example.com`, `*.example.com`, `https://x.org/path`,
 * `localhost:8080`, `192.168.0.10`, `[::1]:3000`, `bücher.de`. `includeSubdomains` can also come
 * from a "subdomains" checkbox; a leading `*.` sets it too. A bad one gives a `HostRuleFault`.
 */
export function hostRuleOf(input: string, includeSubdomains = false): SiteRule | HostRuleFault {
  let text = input.trim();
  if (text === '') return EMPTY;
  // A pasted address: keep its host and port only.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      if (!url.host) return NO_HOST;
      text = url.host;
    } catch {
      return BAD_ADDRESS;
    }
  }
  let subdomains = includeSubdomains;
  if (text.startsWith('*.')) {
    subdomains = true;
    text = text.slice(2);
  }
  if (/[\s/?#@*]/.test(text)) return NOT_A_NAME;
  // Split an explicit port off before normalising, so that ":80" is kept as typed.
  let port: string | undefined;
  const portMatch = /^(\[[^\]]*\]|[^:]*):([^:]*)$/.exec(text);
  if (portMatch) {
    text = portMatch[1] ?? '';
    const digits = portMatch[2] ?? '';
    const n = Number(digits);
    // Up to five digits are a whole number: only the range is left to check.
    if (!/^\d{1,5}$/.test(digits) || n < 1 || n > 65535) return BAD_PORT;
    port = String(n);
  }
  const hostname = normaliseHostname(text);
  if (!hostname) return BAD_NAME;
  if (!isIp(hostname)) {
    if (hostname.length > 253 || !hostname.split('.').every((label) => LABEL.test(label))) return BAD_NAME;
  } else if (subdomains) {
    return IP;
  }
  return { host: port ? `${hostname}:${port}` : hostname, includeSubdomains: subdomains };
}

/** The key of a `HostRuleFault`. For the pages only. */
export function hostRuleProblem(fault: HostRuleFault): HostRuleProblem {
  return HOST_RULE_PROBLEMS[fault];
}

/** `hostRuleOf`, with the problem as a key. */
export function checkHostRule({
  input,
  includeSubdomains,
}: {
  input: string;
  includeSubdomains?: boolean;
}): CheckedHostRule {
  const rule = hostRuleOf(input, includeSubdomains);
  return typeof rule === 'number' ? { ok: false, problem: hostRuleProblem(rule) } : { ok: true, rule };
}

/** The words for a `HostRuleProblem` in what the user typed (`input`, trimmed). For the pages only. */
export function hostRuleError(problem: HostRuleProblem, input: string): string {
  const typed = input.trim();
  switch (problem) {
    case 'empty':
      return 'Type a site, such as portal.example.com.';
    case 'no-host':
      return `“${typed}” has no site name.`;
    case 'bad-address':
      return `“${typed}” is not a valid address.`;
    case 'not-a-name':
      return `“${typed}” is not a site name: use only the name, such as example.com.`;
    case 'bad-port':
      return `The port in “${typed}” must be a number from 1 to 65535.`;
    case 'bad-name':
      return `“${typed}” is not a valid site name.`;
    case 'ip':
      return `“${typed}” is an IP address, which has no subdomains.`;
  }
}

/** `checkHostRule` with the problem in words, for the pages that show it (options, popup, import). */
export function parseHostRule(args: { input: string; includeSubdomains?: boolean }): ParsedHostRule {
  const checked = checkHostRule(args);
  return checked.ok ? checked : { ok: false, error: hostRuleError(checked.problem, args.input) };
}

/** `*.example.com` for a rule with subdomains: how rules are shown and exported for policy. */
export function formatHostRule(rule: SiteRule): string {
  return rule.includeSubdomains ? `*.${rule.host}` : rule.host;
}

// ---------------------------------------------------------------------------------------------
// Matching

interface Site {
  hostname: string;
  /** The effective port: explicit, or the scheme's default. */
  port: string;
}

const DEFAULT_PORTS: Record<string, string> = {
  'http:': '80',
  'https:': '443',
  'ws:': '80',
  'wss:': '443',
  'ftp:': '21',
};

function siteOf(url: string): Site | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // blob:https://x/uuid belongs to https://x.
  if (parsed.protocol === 'blob:') return siteOf(parsed.pathname);
  if (!parsed.hostname) return undefined;
  return { hostname: parsed.hostname, port: parsed.port || DEFAULT_PORTS[parsed.protocol] || '' };
}

/** The host name a URL belongs to (punycode, lower case; IPv6 in brackets), or undefined. */
export function hostOf(url: string): string | undefined {
  return siteOf(url)?.hostname;
}

/** A rule's host as [hostname, port] (no port: undefined). A tuple: the content script ships no key names for it. */
function splitRuleHost(host: string): [hostname: string, port?: string] {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host);
  return match ? [match[1] ?? host, match[2]] : [host];
}

/** Whether `rule` covers `site`. Exported for tests and the options page's "already listed" check. */
export function ruleMatches(rule: SiteRule, url: string): boolean {
  const site = siteOf(url);
  return site ? ruleMatchesSite(rule, site) : false;
}

function ruleMatchesSite(rule: SiteRule, site: Site): boolean {
  const [hostname, port] = splitRuleHost(rule.host);
  if (port !== undefined && port !== site.port) return false;
  if (site.hostname === hostname) return true;
  return rule.includeSubdomains && !isIp(hostname) && !isIp(site.hostname) && site.hostname.endsWith(`.${hostname}`);
}

/** The mode in force: the administrator's when locked, else the user's. */
export function effectiveMode(settings: SiteSettings, policy: Policy): SiteMode {
  return policy.lockedMode ?? settings.mode;
}

/** Why a site is on or off, as a key (`siteState` puts it in words for the popup). */
export type SiteWhy = 'no-host' | 'policy-off' | 'policy-on' | 'skipped' | 'unlisted';

export interface SiteVerdict {
  enabled: boolean;
  lockedBy?: 'policy';
  why?: SiteWhy;
}

/** Whether any of `rules` covers `site`. */
function anyMatches(rules: readonly SiteRule[], site: Site): boolean {
  return rules.some((rule) => ruleMatchesSite(rule, site));
}

/**
 * Whether CPT Lens runs on `url`. Policy first (forced off beats forced on, the safer of the
 * two when an administrator lists a host in both), then the user's list read through the mode.
 * A URL with no host (a local file) follows the mode: on in "all-except", off in "only-listed".
 *
 * `url` must be the frame's *effective* URL: about:blank, srcdoc and data: frames inherit their
 * parent's site first (see `effectiveFrameUrl`). The content script needs only this answer, so it
 * holds neither the keys of `siteVerdict` nor the words of `siteState`. Positional: an options object costs its key names
 * in the minified content script.
 */
export function siteEnabled(url: string, settings: SiteSettings, policy: Policy = EMPTY_POLICY): boolean {
  const site = siteOf(url);
  const allExcept = effectiveMode(settings, policy) === 'all-except';
  if (!site) return allExcept;
  if (anyMatches(policy.forceDisabledHosts, site)) return false;
  if (anyMatches(policy.forceEnabledHosts, site)) return true;
  // Listed sites are the ones skipped in "all-except" and the only ones on in "only-listed".
  return anyMatches(settings.sites, site) !== allExcept;
}

/**
 * `siteEnabled`, with what decided it as a key (`siteState` puts it in words for the popup). The
 * steps are `siteEnabled`'s, in its order: the first that applies is why.
 */
export function siteVerdict(args: { url: string; settings: SiteSettings; policy?: Policy }): SiteVerdict {
  const { url, settings, policy = EMPTY_POLICY } = args;
  const enabled = siteEnabled(url, settings, policy);
  const site = siteOf(url);
  if (!site) return enabled ? { enabled } : { enabled, why: 'no-host' };
  if (anyMatches(policy.forceDisabledHosts, site)) return { enabled, lockedBy: 'policy', why: 'policy-off' };
  if (anyMatches(policy.forceEnabledHosts, site)) return { enabled, lockedBy: 'policy', why: 'policy-on' };
  if (enabled) return { enabled };
  return { enabled, why: effectiveMode(settings, policy) === 'all-except' ? 'skipped' : 'unlisted' };
}

const SITE_REASONS: Record<SiteWhy, string> = {
  'no-host': 'This page has no site name to list, and CPT Lens runs only on listed sites.',
  'policy-off': 'Turned off for this site by your organization’s policy.',
  'policy-on': 'Turned on for this site by your organization’s policy.',
  skipped: 'This site is in your list of sites to skip.',
  unlisted: 'CPT Lens runs only on the sites in your list.',
};

/** `siteVerdict` with the reason in words a user can read (the popup, the toggle command). */
export function siteState(args: { url: string; settings: SiteSettings; policy?: Policy }): SiteState {
  const { why, ...state } = siteVerdict(args);
  return why ? { ...state, reason: SITE_REASONS[why] } : state;
}

/**
 * The user's list after turning `host` on or off, under `mode`. Turning a site "back" removes
 * every rule that covers it (including a `*.parent` rule: one list cannot hold exceptions).
 */
export function sitesWithHost({
  sites,
  mode,
  rule,
  enabled,
}: {
  sites: readonly SiteRule[];
  mode: SiteMode;
  rule: SiteRule;
  enabled: boolean;
}): SiteRule[] {
  const listed = mode === 'all-except' ? !enabled : enabled;
  const [targetHostname, targetPort] = splitRuleHost(rule.host);
  const hostnameCovered = (r: SiteRule) => {
    const [hostname] = splitRuleHost(r.host);
    return (
      hostname === targetHostname || (r.includeSubdomains && !isIp(hostname) && targetHostname.endsWith(`.${hostname}`))
    );
  };
  if (listed) {
    // Already covered by a rule as broad (same or no port)? Then the list already says so.
    const covered = sites.some((r) => {
      const [, port] = splitRuleHost(r.host);
      return hostnameCovered(r) && (port === undefined || port === targetPort);
    });
    return covered ? [...sites] : [...sites, rule];
  }
  return sites.filter((r) => {
    const [, port] = splitRuleHost(r.host);
    const portOverlaps = targetPort === undefined || port === undefined || port === targetPort;
    return !(hostnameCovered(r) && portOverlaps);
  });
}

// ---------------------------------------------------------------------------------------------
// Frames

/**
 * The URL whose site a frame belongs to. about:blank, about:srcdoc, data: and sandboxed
 * (opaque-origin) frames have no site of their own; they inherit their parent's, which the
 * content script learns from the frame's origin (inherited by about:blank), then
 * `location.ancestorOrigins` (Chromium), then the top URL when it can read it (`ancestors`: `location.ancestorOrigins`;
 * `topUrl`: the top URL). Positional, as `siteEnabled`.
 */
export function effectiveFrameUrl(
  url: string,
  origin?: string,
  ancestors: readonly string[] = [],
  topUrl?: string,
): string {
  if (siteOf(url) || url.startsWith('file:')) return url;
  const candidates = [origin, ...ancestors, topUrl];
  for (const candidate of candidates) {
    if (candidate && candidate !== 'null' && siteOf(candidate)) return candidate;
  }
  return url;
}
