/**
 * Reading the user's settings and the administrator's policy, validated with zod on every read and
 * falling back to defaults field by field. Pure validation plus raw `storage` reads.
 *
 * This half is what the content script imports (through lib/page/site-gate.ts), so it uses
 * browser.storage directly rather than WXT's storage items: @wxt-dev/storage costs ~4 KB gzip of
 * a 40 KB content-script budget, and defining a versioned item runs its migration check in every
 * frame. Writing, versions and migrations live in lib/settings.ts (background, popup, options).
 * Nothing here throws on bad stored data: a problem is recorded and the default is used.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { lazy } from './lazy';
import { bool, numberWhere } from './mini-kinds';
import { EMPTY_POLICY, type Policy, parseHostRule, type SiteMode, type SiteRule } from './sites';

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

/** Something wrong with stored data, for the options page. The default was used instead. */
export interface SettingsProblem {
  /** The field (or 'settings' for the whole stored value, 'policy' for the managed policy). */
  field: SettingsField | 'settings' | 'policy';
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Schemas (zod/mini: the content script imports this file), built on first use (lib/lazy.ts):
// each is a getter, so loading the content script builds none of them. `z.literal([…])` rather than
// `z.enum`, a refinement rather than `z.int()`/`z.minimum`/`z.maximum`, `bool()` rather than `z.boolean()`: the same
// checks, without more schema and check kinds in the content script (lib/mini-kinds.ts).

export const modeSchema = lazy(() => z.literal(['all-except', 'only-listed']));
export const holdKeySchema = lazy(() => z.literal(['none', 'Alt', 'Control', 'Shift', 'Meta']));
export const highlightStyleSchema = lazy(() => z.literal(['underline', 'background', 'off']));
export const hoverDelaySchema = lazy(() =>
  numberWhere((n) => Number.isSafeInteger(n) && n >= HOVER_DELAY_MIN_MS && n <= HOVER_DELAY_MAX_MS),
);
export const siteRuleSchema = lazy(() => z.object({ host: z.string(), includeSubdomains: bool() }));

const FIELD_SCHEMAS = {
  mode: modeSchema,
  hoverDelayMs: hoverDelaySchema,
  holdKey: holdKeySchema,
  highlightStyle: highlightStyleSchema,
} as const;

const FIELD_HELP: Record<Exclude<SettingsField, 'sites'>, string> = {
  mode: '“all-except” or “only-listed”',
  hoverDelayMs: `a whole number of milliseconds from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}`,
  holdKey: '“none”, “Alt”, “Control”, “Shift” or “Meta”',
  highlightStyle: '“underline”, “background” or “off”',
};

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return typeof value;
  }
}

/** One site entry, checked and normalised the same way the options page checks typed input. */
export function validateSiteRule(value: unknown): { ok: true; rule: SiteRule } | { ok: false; error: string } {
  const shape = z.safeParse(siteRuleSchema(), value);
  if (!shape.success) return { ok: false, error: `${shown(value)} is not a site entry ({ host, includeSubdomains }).` };
  const parsed = parseHostRule({ input: shape.data.host, includeSubdomains: shape.data.includeSubdomains });
  if (!parsed.ok) return parsed;
  return { ok: true, rule: parsed.rule };
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
 * back to its default and adds a problem; a bad site entry is dropped and adds a problem.
 * Pure; never throws.
 */
export function validateStoredSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, sites: [] };
  const problems: SettingsProblem[] = [];
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({
      field: 'settings',
      message: `The stored settings were ${shown(raw)}, not an object; defaults are used.`,
    });
    return { settings, problems };
  }
  const record = raw as Record<string, unknown>;
  for (const field of ['mode', 'hoverDelayMs', 'holdKey', 'highlightStyle'] as const) {
    if (!(field in record) || record[field] === undefined) continue;
    const result = z.safeParse(FIELD_SCHEMAS[field]() as z.ZodMiniType<unknown>, record[field]);
    if (result.success) (settings as unknown as Record<string, unknown>)[field] = result.data;
    else
      problems.push({
        field,
        message: `Stored ${field} was ${shown(record[field])}; it must be ${FIELD_HELP[field]}. The default (${shown(DEFAULT_SETTINGS[field])}) is used.`,
      });
  }
  if ('sites' in record && record.sites !== undefined) {
    if (!Array.isArray(record.sites)) {
      problems.push({
        field: 'sites',
        message: `Stored site list was ${shown(record.sites)}, not a list; it is ignored.`,
      });
    } else {
      const rules: SiteRule[] = [];
      for (const entry of record.sites) {
        const checked = validateSiteRule(entry);
        if (checked.ok) rules.push(checked.rule);
        else problems.push({ field: 'sites', message: `A stored site was dropped: ${checked.error}` });
      }
      settings.sites = dedupeRules(rules);
    }
  }
  for (const key of Object.keys(record)) {
    if (!(SETTINGS_FIELDS as readonly string[]).includes(key)) {
      problems.push({ field: 'settings', message: `Stored settings hold an unknown field “${key}”; it is ignored.` });
    }
  }
  return { settings, problems };
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
    const parsed = parseHostRule({ input: host });
    return parsed.ok ? parsed.rule : { host, includeSubdomains: false };
  });
  const existing = Array.isArray(rest.sites) ? rest.sites : [];
  const merged = [...existing, ...sites];
  return merged.length > 0 ? { ...rest, sites: merged } : rest;
}

// ---------------------------------------------------------------------------------------------
// Reading and writing settings

export interface SettingsSnapshot {
  settings: Settings;
  policy: Policy;
  problems: SettingsProblem[];
}

/** Settings with the problems found reading them. Never throws (storage failure → defaults). */
export async function readSettings(): Promise<{ settings: Settings; problems: SettingsProblem[] }> {
  try {
    const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    // A pre-release shape may be read before the background's migration has run: migrate on read too.
    return validateStoredSettings(stored === undefined ? undefined : migrateSettingsV1toV2(stored));
  } catch (error) {
    return {
      settings: { ...DEFAULT_SETTINGS, sites: [] },
      problems: [{ field: 'settings', message: `Settings could not be read (${String(error)}); defaults are used.` }],
    };
  }
}

export async function getSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

// ---------------------------------------------------------------------------------------------
// Managed policy (storage.managed; schema in public/managed-schema.json)

function policyRules(
  field: 'forceEnabledHosts' | 'forceDisabledHosts',
  raw: unknown,
  problems: SettingsProblem[],
): SiteRule[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({
      field: 'policy',
      message: `Policy ${field} is ${shown(raw)}, not a list of hosts; it is ignored.`,
    });
    return [];
  }
  const rules: SiteRule[] = [];
  for (const host of raw) {
    const parsed = typeof host === 'string' ? parseHostRule({ input: host }) : undefined;
    if (parsed?.ok) rules.push(parsed.rule);
    else
      problems.push({
        field: 'policy',
        message: `Policy ${field} entry ${shown(host)} is ignored: ${parsed && !parsed.ok ? parsed.error : 'not a host name.'}`,
      });
  }
  return dedupeRules(rules);
}

/** Validates what `storage.managed` holds, key by key. Pure; never throws. */
export function validatePolicy(raw: unknown): { policy: Policy; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { policy: { ...EMPTY_POLICY }, problems };
  const record = raw as Record<string, unknown>;
  const policy: Policy = {
    forceEnabledHosts: policyRules('forceEnabledHosts', record.forceEnabledHosts, problems),
    forceDisabledHosts: policyRules('forceDisabledHosts', record.forceDisabledHosts, problems),
  };
  if (record.lockedMode !== undefined) {
    const mode = z.safeParse(modeSchema(), record.lockedMode);
    if (mode.success) policy.lockedMode = mode.data;
    else
      problems.push({
        field: 'policy',
        message: `Policy lockedMode ${shown(record.lockedMode)} is ignored: it must be ${FIELD_HELP.mode}.`,
      });
  }
  return { policy, problems };
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

export async function readPolicy(): Promise<{ policy: Policy; problems: SettingsProblem[] }> {
  return validatePolicy(await readManagedStorage());
}

export async function getPolicy(): Promise<Policy> {
  return (await readPolicy()).policy;
}

/**
 * Settings with the last policy seen (the mirror kept by the background), or no policy when none
 * was ever seen (fresh install): fast, provisional (docs/managed-policy.md "Before the policy is
 * known"). Undefined only when storage fails.
 */
export async function readMirroredSnapshot(): Promise<SettingsSnapshot | undefined> {
  try {
    const [settings, stored] = await Promise.all([readSettings(), browser.storage.local.get(POLICY_MIRROR_KEY)]);
    const policy = validatePolicy(stored[POLICY_MIRROR_KEY]);
    return { settings: settings.settings, policy: policy.policy, problems: [...settings.problems, ...policy.problems] };
  } catch {
    return undefined;
  }
}

/** Settings, policy and every problem found reading them. */
export async function readSnapshot(): Promise<SettingsSnapshot> {
  const [settings, policy] = await Promise.all([readSettings(), readPolicy()]);
  return { settings: settings.settings, policy: policy.policy, problems: [...settings.problems, ...policy.problems] };
}

/**
 * Calls `cb` with a fresh snapshot whenever the settings or the policy change, in any context
 * (options page, popup, command, administrator), until `signal` aborts.
 */
export function watchSettings(cb: (snapshot: SettingsSnapshot) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let generation = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) {
      const mine = ++generation;
      void readSnapshot().then((snapshot) => {
        // A later change may have been read first; only the newest read is reported.
        if (!signal.aborted && mine === generation) cb(snapshot);
      });
    }
  };
  browser.storage.onChanged.addListener(listener);
  // After an update the old content script's `browser.storage` is gone (undefined): a throw here
  // would surface as an uncaught error on the page (test/e2e/hostile/lifecycle.spec.ts).
  signal.addEventListener('abort', () => browser.storage?.onChanged.removeListener(listener), { once: true });
}
