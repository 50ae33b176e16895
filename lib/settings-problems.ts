/**
 * The settings faults in words, for the pages that show them (options page, popup, settings
 * import), and the settings API those pages use: `readSnapshot`, `watchSettings`… are the readers
 * of lib/settings-faults.ts with each fault put in words. Kept apart so that the content script,
 * which reads the same settings but shows no problem, does not bundle the words.
 */
import {
  checkPolicy,
  checkStoredSettings,
  followState,
  problemOf,
  readState,
  readStoredPolicy,
  readStoredSettings,
  type SettingsFault,
  type SettingsState,
} from './settings-faults';
import {
  checkSiteRule,
  DEFAULT_SETTINGS,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  type Settings,
  type SettingsField,
} from './settings-read';
import { hostRuleError, type Policy, type SiteRule } from './sites';

/** Something wrong with stored data, for the options page. The default was used instead. */
export interface SettingsProblem {
  /** The field (or 'settings' for the whole stored value, 'policy' for the managed policy). */
  field: SettingsField | 'settings' | 'policy';
  message: string;
}

export interface SettingsSnapshot {
  settings: Settings;
  policy: Policy;
  problems: SettingsProblem[];
}

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

/** Why a site entry (stored or imported) was dropped. */
function siteEntryError(value: unknown, rule: Parameters<typeof hostRuleError>[0] | undefined): string {
  return rule
    ? hostRuleError(rule, (value as SiteRule).host)
    : `${shown(value)} is not a site entry ({ host, includeSubdomains }).`;
}

/** One fault in the words the options page shows. */
export function describeFault(fault: SettingsFault): SettingsProblem {
  const { field } = fault;
  const value = shown(fault.value);
  switch (fault.why) {
    case 'not-object':
      return { field, message: `The stored settings were ${value}, not an object; defaults are used.` };
    case 'unknown-field':
      return { field, message: `Stored settings hold an unknown field “${String(fault.value)}”; it is ignored.` };
    case 'unreadable':
      return { field, message: `Settings could not be read (${String(fault.value)}); defaults are used.` };
    case 'site':
      return { field, message: `A stored site was dropped: ${siteEntryError(fault.value, fault.rule)}` };
    case 'entry':
      return {
        field,
        message: `Policy ${fault.key} entry ${value} is ignored: ${fault.rule ? hostRuleError(fault.rule, String(fault.value)) : 'not a host name.'}`,
      };
  }
  if (fault.field === 'policy') {
    return fault.why === 'not-list'
      ? { field, message: `Policy ${fault.key} is ${value}, not a list of hosts; it is ignored.` }
      : { field, message: `Policy lockedMode ${value} is ignored: it must be ${FIELD_HELP.mode}.` };
  }
  if (fault.field === 'sites') return { field, message: `Stored site list was ${value}, not a list; it is ignored.` };
  return {
    field,
    message: `Stored ${fault.field} was ${value}; it must be ${FIELD_HELP[fault.field]}. The default (${shown(DEFAULT_SETTINGS[fault.field])}) is used.`,
  };
}

/** One site entry, checked and normalised the same way the options page checks typed input. */
export function validateSiteRule(value: unknown): { ok: true; rule: SiteRule } | { ok: false; error: string } {
  const checked = checkSiteRule(value);
  return checked.ok ? checked : { ok: false, error: siteEntryError(value, problemOf(checked.rule)) };
}

/** `checkStoredSettings`, each fault in words. Pure; never throws. */
export function validateStoredSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const { settings, faults } = checkStoredSettings(raw);
  return { settings, problems: faults.map(describeFault) };
}

/** `checkPolicy`, each fault in words. Pure; never throws. */
export function validatePolicy(raw: unknown): { policy: Policy; problems: SettingsProblem[] } {
  const { policy, faults } = checkPolicy(raw);
  return { policy, problems: faults.map(describeFault) };
}

function worded({ settings, policy, faults }: SettingsState): SettingsSnapshot {
  return { settings, policy, problems: faults.map(describeFault) };
}

/** Settings with the problems found reading them. Never throws (storage failure → defaults). */
export async function readSettings(): Promise<{ settings: Settings; problems: SettingsProblem[] }> {
  const { settings, faults } = await readStoredSettings();
  return { settings, problems: faults.map(describeFault) };
}

export async function readPolicy(): Promise<{ policy: Policy; problems: SettingsProblem[] }> {
  const { policy, faults } = await readStoredPolicy();
  return { policy, problems: faults.map(describeFault) };
}

/** Settings, policy and every problem found reading them. */
export async function readSnapshot(): Promise<SettingsSnapshot> {
  return worded(await readState());
}

/**
 * Calls `cb` with a snapshot now and whenever the settings or the policy change, in any context
 * (options page, popup, command, administrator), until `signal` aborts. Until the browser reports
 * the policy, the snapshot holds the last policy seen: a page that waited for storage.managed could
 * stay on "Loading…" for seconds after the browser starts (lib/settings-read.ts `followStored`).
 */
export function watchSettings(cb: (snapshot: SettingsSnapshot) => void, signal: AbortSignal): void {
  followState((state) => cb(worded(state)), signal);
}
