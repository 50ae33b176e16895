/**
 * Reading the user's settings and the administrator's policy, validated with zod on every read and
 * falling back to defaults field by field. Pure validation plus raw `storage` reads.
 *
 * This half is what the content script imports (through lib/page/site-gate.ts), so it uses
 * browser.storage directly rather than WXT's storage items: @wxt-dev/storage costs ~4 KB gzip of
 * a 40 KB content-script budget, and defining a versioned item runs its migration check in every
 * frame. Writing, versions and migrations live in lib/settings.ts (background, popup, options).
 * Nothing here throws on bad stored data: what fails validation is dropped and the default used.
 * What was dropped is said apart, as data in lib/settings-faults.ts and in words in
 * lib/settings-problems.ts (options page, popup): the content script never shows it, so neither is
 * in its bundle (~0.2 KB gzip).
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { lazy } from './lazy';
import { listenUntil } from './listen-until';
import { bool, isObjectRecord, numberWhere, oneOf, str } from './mini-kinds';
import { EMPTY_POLICY, type HostRuleFault, hostRuleOf, type Policy, type SiteMode, type SiteRule } from './sites';
import { zodCheck } from './zod-check';

export type { Policy, SiteMode, SiteRule, SiteState } from './sites';
// The popup imports site matching from here with the rest of the settings API.
export { hostOf, siteState } from './sites';

export type HoldKey = 'none' | 'Alt' | 'Control' | 'Shift' | 'Meta';
export type HighlightStyle = 'underline' | 'background' | 'off';

export interface Settings {
  /** 'all-except': on everywhere except `sites`; 'only-listed': only on `sites`. */
  mode: SiteMode;
  sites: SiteRule[];
  /** Hover intent: how long the pointer rests on a code before the popover opens. */
  hoverDelayMs: number;
  /** A key that must be held for the popover to open; 'none' opens it on hover alone. */
  holdKey: HoldKey;
  highlightStyle: HighlightStyle;
}

/** The options the content script needs besides "is this site on". */
export type PageOptions = Pick<Settings, 'hoverDelayMs' | 'holdKey' | 'highlightStyle'>;

export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  mode: 'all-except',
  sites: [],
  hoverDelayMs: 250,
  holdKey: 'none',
  highlightStyle: 'underline',
});

export const SETTINGS_FIELDS = ['mode', 'sites', 'hoverDelayMs', 'holdKey', 'highlightStyle'] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

// ---------------------------------------------------------------------------------------------
// Schemas (zod/mini: the content script imports this file), built on first use (lib/lazy.ts):
// each is a getter, so loading the content script builds none of them. `oneOf(…)` rather than
// `z.enum`/`z.literal`, a refinement rather than `z.int()`/`z.minimum`/`z.maximum`, `bool()` rather than `z.boolean()`: the same
// checks, without more schema and check kinds in the content script (lib/mini-kinds.ts).

export const modeSchema = lazy(() => oneOf('all-except', 'only-listed'));
export const holdKeySchema = lazy(() => oneOf('none', 'Alt', 'Control', 'Shift', 'Meta'));
export const highlightStyleSchema = lazy(() => oneOf('underline', 'background', 'off'));
export const hoverDelaySchema = lazy(() =>
  numberWhere((n) => Number.isSafeInteger(n) && n >= HOVER_DELAY_MIN_MS && n <= HOVER_DELAY_MAX_MS),
);
export const siteRuleSchema = lazy(() => z.object({ host: str(), includeSubdomains: bool() }));

const FIELD_SCHEMAS = {
  mode: modeSchema,
  hoverDelayMs: hoverDelaySchema,
  holdKey: holdKeySchema,
  highlightStyle: highlightStyleSchema,
} as const;

/** The settings fields checked by a schema each (`sites` is checked entry by entry). */
export type CheckedField = keyof typeof FIELD_SCHEMAS;
export const CHECKED_FIELDS = Object.keys(FIELD_SCHEMAS) as CheckedField[];

/** A stored field's value, `{ value }` when zod accepts it. */
export function checkField(field: CheckedField, value: unknown): { value: unknown } | undefined {
  return zodCheck(FIELD_SCHEMAS[field]() as z.ZodMiniType<unknown>, value);
}

/**
 * One site entry, checked and normalised the same way the options page checks typed input: the rule, or undefined when
 * it is not `{ host, includeSubdomains }`, or a bad host's `HostRuleFault` (a number: `hostRuleProblem` in
 * lib/sites.ts gives its key; the content script, which only keeps or drops an entry, holds no keys).
 */
function siteRuleOf(value: unknown): SiteRule | HostRuleFault | undefined {
  const shape = zodCheck(siteRuleSchema(), value)?.value;
  return shape && hostRuleOf(shape.host, shape.includeSubdomains);
}

/** One host of a policy list, as `siteRuleOf` gives it: undefined when it is not a string. */
function policyRuleOf(value: unknown): SiteRule | HostRuleFault | undefined {
  return typeof value === 'string' ? hostRuleOf(value) : undefined;
}

/** `siteRuleOf` for the pages. Not ok: not `{ host, includeSubdomains }`, or (`rule`) a bad host. */
export function checkSiteRule(value: unknown): { ok: true; rule: SiteRule } | { ok: false; rule?: HostRuleFault } {
  const rule = siteRuleOf(value);
  if (rule === undefined) return { ok: false };
  return typeof rule === 'number' ? { ok: false, rule } : { ok: true, rule };
}

/** `policyRuleOf` for the pages: undefined when it is not a string. */
export function checkPolicyHost(
  value: unknown,
): { ok: true; rule: SiteRule } | { ok: false; problem: HostRuleFault } | undefined {
  const rule = policyRuleOf(value);
  if (rule === undefined) return undefined;
  return typeof rule === 'number' ? { ok: false, problem: rule } : { ok: true, rule };
}

/** The entries `check` gives a rule for, each rule once. */
function keptRules(
  entries: readonly unknown[],
  check: (entry: unknown) => SiteRule | HostRuleFault | undefined,
): SiteRule[] {
  const seen = new Set<string>();
  const rules: SiteRule[] = [];
  for (const entry of entries) {
    const rule = check(entry);
    if (typeof rule !== 'object') continue;
    const key = `${rule.includeSubdomains ? '*.' : ''}${rule.host}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rules.push(rule);
  }
  return rules;
}

/**
 * Reads a stored (partial) settings object field by field: a field that fails validation keeps
 * its default; a bad site entry is dropped. Pure; never throws. (`checkStoredSettings` in
 * lib/settings-faults.ts also says what was dropped.)
 */
export function settingsOf(raw: unknown): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, sites: [] };
  if (!isObjectRecord(raw)) return settings;
  const record = raw as Record<string, unknown>;
  for (const field of CHECKED_FIELDS) {
    const checked = record[field] === undefined ? undefined : checkField(field, record[field]);
    if (checked) (settings as unknown as Record<string, unknown>)[field] = checked.value;
  }
  if (Array.isArray(record.sites)) settings.sites = keptRules(record.sites, siteRuleOf);
  return settings;
}

/**
 * Validates what `storage.managed` holds, key by key: a bad host is dropped, a bad `lockedMode`
 * ignored. Pure; never throws. (`checkPolicy` in lib/settings-faults.ts also says what was dropped.)
 */
export function policyOf(raw: unknown): Policy {
  if (!isObjectRecord(raw)) return { ...EMPTY_POLICY };
  const record = raw as Record<string, unknown>;
  const hosts = (list: unknown) => (Array.isArray(list) ? keptRules(list, policyRuleOf) : []);
  const policy: Policy = {
    forceEnabledHosts: hosts(record.forceEnabledHosts),
    forceDisabledHosts: hosts(record.forceDisabledHosts),
  };
  const mode = record.lockedMode === undefined ? undefined : zodCheck(modeSchema(), record.lockedMode);
  if (mode) policy.lockedMode = mode.value;
  return policy;
}

/** What is written: only the fields that differ from their defaults. */
export type StoredSettings = Partial<Settings>;

export function toStored(settings: Settings): StoredSettings {
  const stored: StoredSettings = {};
  if (settings.mode !== DEFAULT_SETTINGS.mode) stored.mode = settings.mode;
  if (settings.sites.length > 0) stored.sites = settings.sites.map((s) => ({ ...s }));
  if (settings.hoverDelayMs !== DEFAULT_SETTINGS.hoverDelayMs) stored.hoverDelayMs = settings.hoverDelayMs;
  if (settings.holdKey !== DEFAULT_SETTINGS.holdKey) stored.holdKey = settings.holdKey;
  if (settings.highlightStyle !== DEFAULT_SETTINGS.highlightStyle) stored.highlightStyle = settings.highlightStyle;
  return stored;
}

/** storage.local keys (WXT storage items `local:settings` and `local:policyMirror` in lib/settings.ts). */
export const SETTINGS_KEY = 'settings';
export const POLICY_MIRROR_KEY = 'policyMirror';

/**
 * v1 → v2. Total: any input gives an object. Unparseable hosts are carried over as entries so
 * that the validating read drops them *and reports them* rather than losing them silently.
 */
export function migrateSettingsV1toV2(old: unknown): Record<string, unknown> {
  if (!isObjectRecord(old)) return {};
  const { disabledSites, ...rest } = old as Record<string, unknown>;
  if (disabledSites === undefined) return rest; // already v2-shaped (written without metadata)
  const hosts = Array.isArray(disabledSites) ? disabledSites : [];
  const sites = hosts.map((host) => {
    if (typeof host !== 'string') return host;
    const rule = hostRuleOf(host);
    return typeof rule === 'number' ? { host, includeSubdomains: false } : rule;
  });
  const existing = Array.isArray(rest.sites) ? rest.sites : [];
  const merged = [...existing, ...sites];
  return merged.length > 0 ? { ...rest, sites: merged } : rest;
}

// ---------------------------------------------------------------------------------------------
// Reading

/*
 * How a read turns what storage holds into its result, three functions (the readers): `settings` turns the stored
 * settings, migrated (undefined when none are stored), into its result, `unreadable` gives the result when storage.local
 * could not be read, and `policy` turns what storage.managed holds, or the mirror's copy of it (undefined: none), into
 * its result. settingsOf, settingsUnreadable and policyOf keep the settings and the policy (the content script,
 * writers); lib/settings-faults.ts's also keep what was dropped. Passed positionally, not as an object: its key names
 * would ship in the minified content script.
 */

/** The plain reader for settings storage.local could not give: the defaults. */
export const settingsUnreadable = (): Settings => settingsOf(undefined);

/** The stored settings, read by `settings`. Never throws (storage failure → `unreadable`). */
export async function readSettingsWith<S>(
  settings: (raw: unknown) => S,
  unreadable: (error: unknown) => S,
): Promise<S> {
  try {
    const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    // A pre-release shape may be read before the background's migration has run: migrate on read too.
    return settings(stored === undefined ? undefined : migrateSettingsV1toV2(stored));
  } catch (error) {
    return unreadable(error);
  }
}

export async function getSettings(): Promise<Settings> {
  return readSettingsWith(settingsOf, settingsUnreadable);
}

// ---------------------------------------------------------------------------------------------
// Managed policy (storage.managed; schema in public/managed-schema.json)

/**
 * The raw managed storage. Firefox rejects when no policy is installed, and some Chromium
 * contexts have no storage.managed; both mean "no policy".
 */
export async function readManagedStorage(): Promise<unknown> {
  try {
    // The administrator's publications are read by the background alone
    // (lib/background/publications.ts): the settings, their mirror and the content script never hold them.
    const { publications: _publications, ...policy } = await browser.storage.managed.get(null);
    return policy;
  } catch {
    return {};
  }
}

/** The managed policy, read by `policy`. */
export async function readPolicyWith<P>(policy: (raw: unknown) => P): Promise<P> {
  return policy(await readManagedStorage());
}

export async function getPolicy(): Promise<Policy> {
  return readPolicyWith(policyOf);
}

/**
 * The last policy seen (the mirror the background keeps), or no policy when none was ever seen
 * (fresh install): fast, provisional (docs/managed-policy.md "Before the policy is known").
 * Undefined only when storage fails.
 */
async function readMirroredPolicy<P>(policy: (raw: unknown) => P): Promise<P | undefined> {
  try {
    return policy((await browser.storage.local.get(POLICY_MIRROR_KEY))[POLICY_MIRROR_KEY]);
  } catch {
    return undefined;
  }
}

/** How long a decision the user waits on (the popup's switch) waits for storage.managed. */
const POLICY_WAIT_MS = 250;

/**
 * The policy for a decision the user is waiting on: what storage.managed answers, or the mirror when
 * it has not answered within POLICY_WAIT_MS. Chromium answers only once its policy service is
 * ready, seconds after the browser starts, and under load it answered nothing for over 20 s
 * (measured here, Chromium on Debian; Ghostery saw 3–8 s: ghostery/ghostery-extension#3367).
 */
export async function getPolicyNow(): Promise<Policy> {
  const late = new Promise<undefined>((resolve) => setTimeout(resolve, POLICY_WAIT_MS));
  const exact = await Promise.race([getPolicy(), late]);
  return exact ?? (await readMirroredPolicy(policyOf)) ?? { ...EMPTY_POLICY };
}

/**
 * Calls `onChange` with the settings and the policy (as the readers `settings`, `unreadable` and `policy` read them) now, then whenever
 * either changes, until `signal` aborts. The two are read apart, so a settings change (the popup's
 * switch) never waits for storage.managed, which Chromium answers only once its policy service is
 * ready: seconds after the browser starts, and under load it answered nothing for over 20 s
 * (measured here). Until it answers, the policy is the mirror's (docs/managed-policy.md "Before the
 * policy is known"); once it has, the mirror is never read again. Positional, and `onChange` too: an options object
 * costs its key names in the minified content script.
 */
export function followStored<S extends object, P extends object>(
  readSettingsOf: (raw: unknown) => S,
  unreadable: (error: unknown) => S,
  readPolicyOf: (raw: unknown) => P,
  signal: AbortSignal,
  onChange: (settings: S, policy: P) => void,
): void {
  if (signal.aborted) return;
  let settings: S | undefined;
  let policy: P | undefined;
  let exact = false;
  let settingsRead = 0;
  let policyRead = 0;
  const report = () => {
    if (signal.aborted || !settings || !policy) return;
    onChange(settings, policy);
  };
  // Each read reports only if no later read of the same half started: the newest wins.
  const readSettings = () => {
    const mine = ++settingsRead;
    void readSettingsWith(readSettingsOf, unreadable).then((read) => {
      if (mine !== settingsRead) return;
      settings = read;
      report();
    });
  };
  const readPolicy = () => {
    const mine = ++policyRead;
    void readPolicyWith(readPolicyOf).then((read) => {
      if (mine !== policyRead) return;
      exact = true;
      policy = read;
      report();
    });
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') readPolicy();
    else if (area === 'local' && SETTINGS_KEY in changes) readSettings();
  };
  // After an update the old content script's `browser.storage` is gone (undefined): a throw here
  // would surface as an uncaught error on the page (test/e2e/hostile/lifecycle.spec.ts).
  listenUntil(() => browser.storage?.onChanged, listener, signal);
  readSettings();
  readPolicy();
  void readMirroredPolicy(readPolicyOf).then((mirror) => {
    if (exact) return;
    // No mirror (or storage failed): no policy until storage.managed answers.
    policy = mirror ?? readPolicyOf(undefined);
    report();
  });
}
