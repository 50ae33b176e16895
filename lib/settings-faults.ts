/**
 * What reading the settings and the policy dropped, as data (faults), for the pages that show it
 * (options page, popup, settings import; the words are in lib/settings-problems.ts). The settings
 * and the policy themselves are lib/settings-read.ts's `settingsOf` and `policyOf`, the same
 * functions the content script reads them with: kept apart so that its bundle, which never shows
 * a fault, does not hold the faults.
 */

import {
  CHECKED_FIELDS,
  checkField,
  checkPolicyHost,
  checkSiteRule,
  DEFAULT_SETTINGS,
  followStored,
  modeSchema,
  policyOf,
  readPolicyWith,
  readSettingsWith,
  type Settings,
  type SettingsField,
  settingsOf,
} from './settings-read';
import { type HostRuleFault, type HostRuleProblem, hostRuleProblem, type Policy } from './sites';
import { zodCheck } from './zod-check';

/** Something wrong with stored data, as data: the default was used instead. `value` is what was found. */
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

/** The key of a bad host's fault number (lib/settings-read.ts gives numbers, for the content script). */
export function problemOf(fault: HostRuleFault | undefined): HostRuleProblem | undefined {
  return fault === undefined ? undefined : hostRuleProblem(fault);
}

/** What `settingsOf` drops from `raw`, in the order it reads it. */
function settingsFaults(raw: unknown): SettingsFault[] {
  if (raw === null || raw === undefined) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) return [{ field: 'settings', why: 'not-object', value: raw }];
  const record = raw as Record<string, unknown>;
  const faults: SettingsFault[] = [];
  for (const field of CHECKED_FIELDS) {
    if (record[field] !== undefined && !checkField(field, record[field])) {
      faults.push({ field, why: 'invalid', value: record[field] });
    }
  }
  if (record.sites !== undefined) {
    if (!Array.isArray(record.sites)) {
      faults.push({ field: 'sites', why: 'not-list', value: record.sites });
    } else {
      for (const entry of record.sites) {
        const checked = checkSiteRule(entry);
        if (!checked.ok) faults.push({ field: 'sites', why: 'site', value: entry, rule: problemOf(checked.rule) });
      }
    }
  }
  for (const key of Object.keys(record)) {
    // DEFAULT_SETTINGS has every field (SETTINGS_FIELDS), and only those.
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) {
      faults.push({ field: 'settings', why: 'unknown-field', value: key });
    }
  }
  return faults;
}

/**
 * Reads a stored (partial) settings object field by field (`settingsOf`), with a fault for each
 * field that fell back to its default and each site entry dropped. Pure; never throws.
 * (`validateStoredSettings` in lib/settings-problems.ts puts the faults in words.)
 */
export function checkStoredSettings(raw: unknown): { settings: Settings; faults: SettingsFault[] } {
  return { settings: settingsOf(raw), faults: settingsFaults(raw) };
}

function hostFaults(key: PolicyHostsKey, raw: unknown, faults: SettingsFault[]): void {
  if (raw === undefined) return;
  if (!Array.isArray(raw)) {
    faults.push({ field: 'policy', why: 'not-list', key, value: raw });
    return;
  }
  for (const host of raw) {
    const checked = checkPolicyHost(host);
    if (!checked?.ok)
      faults.push({ field: 'policy', why: 'entry', key, value: host, rule: problemOf(checked?.problem) });
  }
}

/** What `policyOf` drops from `raw`, in the order it reads it. */
function policyFaults(raw: unknown): SettingsFault[] {
  const faults: SettingsFault[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return faults;
  const record = raw as Record<string, unknown>;
  hostFaults('forceEnabledHosts', record.forceEnabledHosts, faults);
  hostFaults('forceDisabledHosts', record.forceDisabledHosts, faults);
  if (record.lockedMode !== undefined && !zodCheck(modeSchema(), record.lockedMode)) {
    faults.push({ field: 'policy', why: 'invalid', key: 'lockedMode', value: record.lockedMode });
  }
  return faults;
}

/** Validates what `storage.managed` holds, key by key (`policyOf`), with a fault for each thing dropped. Pure; never throws. */
export function checkPolicy(raw: unknown): { policy: Policy; faults: SettingsFault[] } {
  return { policy: policyOf(raw), faults: policyFaults(raw) };
}

/** The fault readers' `unreadable` (lib/settings-read.ts): storage.local could not be read, the defaults and why. */
function unreadableWithFault(error: unknown): { settings: Settings; faults: SettingsFault[] } {
  return { settings: settingsOf(undefined), faults: [{ field: 'settings', why: 'unreadable', value: error }] };
}

/** Settings and policy as read, with the faults found reading them (for words: lib/settings-problems.ts). */
export interface SettingsState {
  settings: Settings;
  policy: Policy;
  faults: SettingsFault[];
}

/** Settings with the faults found reading them. Never throws (storage failure → defaults). */
export function readStoredSettings(): Promise<{ settings: Settings; faults: SettingsFault[] }> {
  return readSettingsWith(checkStoredSettings, unreadableWithFault);
}

export function readStoredPolicy(): Promise<{ policy: Policy; faults: SettingsFault[] }> {
  return readPolicyWith(checkPolicy);
}

/** Settings, policy and every fault found reading them. */
export async function readState(): Promise<SettingsState> {
  const [settings, policy] = await Promise.all([readStoredSettings(), readStoredPolicy()]);
  return { settings: settings.settings, policy: policy.policy, faults: [...settings.faults, ...policy.faults] };
}

/**
 * Calls `cb` with the settings, the policy and the faults found reading them now, then whenever
 * either changes, until `signal` aborts (lib/settings-read.ts `followStored`: the policy is the
 * mirror's until storage.managed answers).
 */
export function followState(cb: (state: SettingsState) => void, signal: AbortSignal): void {
  followStored(checkStoredSettings, unreadableWithFault, checkPolicy, signal, (settings, policy) =>
    cb({ settings: settings.settings, policy: policy.policy, faults: [...settings.faults, ...policy.faults] }),
  );
}
