/**
 * Reading the user's settings and the administrator's policy, validated with zod on every read and
 * falling back to defaults field by field. Pure validation plus raw `storage` reads.
 *
 * This half is what the content script imports (through lib/page/site-gate.ts), so it uses
 * browser.storage directly rather than WXT's storage items: @wxt-dev/storage costs ~4 KB gzip of
 * a 40 KB content-script budget, and defining a versioned item runs its migration check in every
 * frame. Writing, versions and migrations live in lib/settings.ts (background, popup, options).
 * Nothing here throws on bad stored data: a fault is recorded and the default is used. The fault's
 * words are in lib/settings-problems.ts (options page, popup): the content script never shows them.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { lazy } from './lazy';
import { bool, numberWhere, oneOf, str } from './mini-kinds';
import { checkHostRule, EMPTY_POLICY, type HostRuleProblem, type Policy, type SiteMode, type SiteRule } from './sites';
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

/**
 * Something wrong with stored data, as data: the default was used instead. The content script
 * never shows these, so the words for them are elsewhere (lib/settings-problems.ts, for the
 * options page), out of its bundle. `value` is what was found.
 */
export type SettingsFault =
  | { field: 'settings'; why: 'not-object' | 'unknown-field' | 'unreadable'; value: unknown }
  | { field: Exclude<SettingsField, 'sites'>; why: 'invalid'; value: unknown }
  | { field: 'sites'; why: 'not-list'; value: unknown }
  /** A dropped site entry: not `{ host, includeSubdomains }`, or (`rule`) a bad host. */
  | { field: 'sites'; why: 'site'; value: unknown; rule?: HostRuleProblem }
  | { field: 'policy'; why: 'not-list'; key: PolicyHostsKey; value: unknown }
  /** A dropped policy host: not a string, or (`rule`) a bad host. */
  | { field: 'policy'; why: 'entry'; key: PolicyHostsKey; value: unknown; rule?: HostRuleProblem }
  | { field: 'policy'; why: 'invalid'; key: 'lockedMode'; value: unknown };

export type PolicyHostsKey = 'forceEnabledHosts' | 'forceDisabledHosts';

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

/**
 * One site entry, checked and normalised the same way the options page checks typed input.
 * Not ok: not `{ host, includeSubdomains }`, or (`rule`) a bad host.
 */
export function checkSiteRule(value: unknown): { ok: true; rule: SiteRule } | { ok: false; rule?: HostRuleProblem } {
  const shape = zodCheck(siteRuleSchema(), value)?.value;
  if (!shape) return { ok: false };
  const checked = checkHostRule({ input: shape.host, includeSubdomains: shape.includeSubdomains });
  return checked.ok ? checked : { ok: false, rule: checked.problem };
}

function dedupeRules(rules: SiteRule[]): SiteRule[] {
  const seen = new Set<string>();
  return rules.filter((rule) => {
    const key = `${rule.includeSubdomains ? '*.' : ''}${rule.host}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Reads a stored (partial) settings object field by field: a field that fails validation falls
 * back to its default and adds a fault; a bad site entry is dropped and adds a fault.
 * Pure; never throws. (`validateStoredSettings` in lib/settings-problems.ts puts the faults in words.)
 */
export function checkStoredSettings(raw: unknown): { settings: Settings; faults: SettingsFault[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, sites: [] };
  const faults: SettingsFault[] = [];
  if (raw === null || raw === undefined) return { settings, faults };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    faults.push({ field: 'settings', why: 'not-object', value: raw });
    return { settings, faults };
  }
  const record = raw as Record<string, unknown>;
  for (const field of Object.keys(FIELD_SCHEMAS) as (keyof typeof FIELD_SCHEMAS)[]) {
    if (!(field in record) || record[field] === undefined) continue;
    const result = zodCheck(FIELD_SCHEMAS[field]() as z.ZodMiniType<unknown>, record[field]);
    if (result) (settings as unknown as Record<string, unknown>)[field] = result.value;
    else faults.push({ field, why: 'invalid', value: record[field] });
  }
  if ('sites' in record && record.sites !== undefined) {
    if (!Array.isArray(record.sites)) {
      faults.push({ field: 'sites', why: 'not-list', value: record.sites });
    } else {
      const rules: SiteRule[] = [];
      for (const entry of record.sites) {
        const checked = checkSiteRule(entry);
        if (checked.ok) rules.push(checked.rule);
        else faults.push({ field: 'sites', why: 'site', value: entry, rule: checked.rule });
      }
      settings.sites = dedupeRules(rules);
    }
  }
  for (const key of Object.keys(record)) {
    // DEFAULT_SETTINGS has every field (SETTINGS_FIELDS), and only those.
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) {
      faults.push({ field: 'settings', why: 'unknown-field', value: key });
    }
  }
  return { settings, faults };
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
  if (old === null || typeof old !== 'object' || Array.isArray(old)) return {};
  const { disabledSites, ...rest } = old as Record<string, unknown>;
  if (disabledSites === undefined) return rest; // already v2-shaped (written without metadata)
  const hosts = Array.isArray(disabledSites) ? disabledSites : [];
  const sites = hosts.map((host) => {
    if (typeof host !== 'string') return host;
    const parsed = checkHostRule({ input: host });
    return parsed.ok ? parsed.rule : { host, includeSubdomains: false };
  });
  const existing = Array.isArray(rest.sites) ? rest.sites : [];
  const merged = [...existing, ...sites];
  return merged.length > 0 ? { ...rest, sites: merged } : rest;
}

// ---------------------------------------------------------------------------------------------
// Reading and writing settings

/** Settings and policy as read, with the faults found reading them (for words: lib/settings-problems.ts). */
export interface SettingsState {
  settings: Settings;
  policy: Policy;
  faults: SettingsFault[];
}

/** Settings with the faults found reading them. Never throws (storage failure → defaults). */
export async function readStoredSettings(): Promise<{ settings: Settings; faults: SettingsFault[] }> {
  try {
    const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    // A pre-release shape may be read before the background's migration has run: migrate on read too.
    return checkStoredSettings(stored === undefined ? undefined : migrateSettingsV1toV2(stored));
  } catch (error) {
    return {
      settings: { ...DEFAULT_SETTINGS, sites: [] },
      faults: [{ field: 'settings', why: 'unreadable', value: error }],
    };
  }
}

export async function getSettings(): Promise<Settings> {
  return (await readStoredSettings()).settings;
}

// ---------------------------------------------------------------------------------------------
// Managed policy (storage.managed; schema in public/managed-schema.json)

function policyRules(key: PolicyHostsKey, raw: unknown, faults: SettingsFault[]): SiteRule[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    faults.push({ field: 'policy', why: 'not-list', key, value: raw });
    return [];
  }
  const rules: SiteRule[] = [];
  for (const host of raw) {
    const checked = typeof host === 'string' ? checkHostRule({ input: host }) : undefined;
    if (checked?.ok) rules.push(checked.rule);
    else faults.push({ field: 'policy', why: 'entry', key, value: host, rule: checked?.problem });
  }
  return dedupeRules(rules);
}

/** Validates what `storage.managed` holds, key by key. Pure; never throws. */
export function checkPolicy(raw: unknown): { policy: Policy; faults: SettingsFault[] } {
  const faults: SettingsFault[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { policy: { ...EMPTY_POLICY }, faults };
  const record = raw as Record<string, unknown>;
  const policy: Policy = {
    forceEnabledHosts: policyRules('forceEnabledHosts', record.forceEnabledHosts, faults),
    forceDisabledHosts: policyRules('forceDisabledHosts', record.forceDisabledHosts, faults),
  };
  if (record.lockedMode !== undefined) {
    const mode = zodCheck(modeSchema(), record.lockedMode);
    if (mode) policy.lockedMode = mode.value;
    else faults.push({ field: 'policy', why: 'invalid', key: 'lockedMode', value: record.lockedMode });
  }
  return { policy, faults };
}

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

export async function readStoredPolicy(): Promise<{ policy: Policy; faults: SettingsFault[] }> {
  return checkPolicy(await readManagedStorage());
}

export async function getPolicy(): Promise<Policy> {
  return (await readStoredPolicy()).policy;
}

/**
 * The last policy seen (the mirror the background keeps), or no policy when none was ever seen
 * (fresh install): fast, provisional (docs/managed-policy.md "Before the policy is known").
 * Undefined only when storage fails.
 */
async function readMirroredPolicy(): Promise<{ policy: Policy; faults: SettingsFault[] } | undefined> {
  try {
    return checkPolicy((await browser.storage.local.get(POLICY_MIRROR_KEY))[POLICY_MIRROR_KEY]);
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
  const exact = await Promise.race([readStoredPolicy(), late]);
  return (exact ?? (await readMirroredPolicy()))?.policy ?? { ...EMPTY_POLICY };
}

/** Settings, policy and every fault found reading them. */
export async function readState(): Promise<SettingsState> {
  const [settings, policy] = await Promise.all([readStoredSettings(), readStoredPolicy()]);
  return { settings: settings.settings, policy: policy.policy, faults: [...settings.faults, ...policy.faults] };
}

/**
 * Calls `cb` with the settings and the policy now, then whenever either changes, until `signal`
 * aborts. The two are read apart, so a settings change (the popup's switch) never waits for
 * storage.managed, which Chromium answers only once its policy service is ready: seconds after the
 * browser starts, and under load it answered nothing for over 20 s (measured here). Until it
 * answers, the policy is the mirror's (docs/managed-policy.md "Before the policy is known"); once it
 * has, the mirror is never read again.
 */
export function followState(cb: (state: SettingsState) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let settings: Awaited<ReturnType<typeof readStoredSettings>> | undefined;
  let policy: Awaited<ReturnType<typeof readStoredPolicy>> | undefined;
  let exact = false;
  let settingsRead = 0;
  let policyRead = 0;
  const report = () => {
    if (signal.aborted || !settings || !policy) return;
    cb({ settings: settings.settings, policy: policy.policy, faults: [...settings.faults, ...policy.faults] });
  };
  // Each read reports only if no later read of the same half started: the newest wins.
  const readSettings = () => {
    const mine = ++settingsRead;
    void readStoredSettings().then((read) => {
      if (mine !== settingsRead) return;
      settings = read;
      report();
    });
  };
  const readPolicy = () => {
    const mine = ++policyRead;
    void readStoredPolicy().then((read) => {
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
  browser.storage.onChanged.addListener(listener);
  // After an update the old content script's `browser.storage` is gone (undefined): a throw here
  // would surface as an uncaught error on the page (test/e2e/hostile/lifecycle.spec.ts).
  signal.addEventListener('abort', () => browser.storage?.onChanged.removeListener(listener), { once: true });
  readSettings();
  readPolicy();
  void readMirroredPolicy().then((mirror) => {
    if (exact) return;
    policy = mirror ?? { policy: { ...EMPTY_POLICY }, faults: [] };
    report();
  });
}
