/**
 * Writing the user's settings: one WXT storage item, versioned and migrated, storing only what the
 * user changed (a field equal to its default is not written). Reading and validation are in
 * lib/settings-read.ts (what they dropped: lib/settings-faults.ts; in words, lib/settings-problems.ts),
 * re-exported here so that callers have one settings API.
 */
import { storage } from 'wxt/utils/storage';
import {
  getPolicyNow,
  getSettings,
  migrateSettingsV1toV2,
  POLICY_MIRROR_KEY,
  readManagedStorage,
  SETTINGS_KEY,
  type Settings,
  toStored,
} from './settings-read';
import { effectiveMode, parseHostRule, type SiteState, siteState, sitesWithHost } from './sites';

export * from './settings-faults';
export * from './settings-problems';
export * from './settings-read';

// ---------------------------------------------------------------------------------------------
// Versions and migrations

/**
 * v1: the pre-release build, which stored `{ disabledSites: string[] }` (host names, a leading
 *     "*." for subdomains) and declared no version — which WXT storage reads as version 1.
 * v2: `StoredSettings` (this file).
 */
export const SETTINGS_VERSION = 2;

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateSettingsV1toV2,
};

/** The one definition of the stored settings. `unknown`: every read goes through validation. */
export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Replaces the settings (writes only non-default fields; removes the item when all are default). */
export async function saveSettings(settings: Settings): Promise<void> {
  const stored = toStored(settings);
  if (Object.keys(stored).length === 0) await settingsItem.removeValue();
  else await settingsItem.setValue(stored);
}

/** Changes some fields, keeping the others as they are now. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await saveSettings(next);
  return next;
}

/**
 * Turns CPT Lens on or off for a host (the popup's switch, the toggle-site command). A host the
 * policy decides is left alone. Resolves to the site's state afterwards.
 */
export async function setSiteEnabled({ host, enabled }: { host: string; enabled: boolean }): Promise<SiteState> {
  const parsed = parseHostRule({ input: host });
  if (!parsed.ok) throw new Error(parsed.error);
  const url = `http://${parsed.rule.host}/`;
  // The user is waiting on the switch: never on a storage.managed that has not answered yet.
  const [settings, policy] = await Promise.all([getSettings(), getPolicyNow()]);
  const before = siteState({ url, settings, policy });
  if (before.lockedBy === 'policy' || before.enabled === enabled) return before;
  const sites = sitesWithHost({
    sites: settings.sites,
    mode: effectiveMode(settings, policy),
    rule: parsed.rule,
    enabled,
  });
  const next = { ...settings, sites };
  await saveSettings(next);
  return siteState({ url, settings: next, policy });
}

/**
 * A copy of the managed policy in storage.local, kept by the background (`mirrorPolicy`).
 * Why: right after the browser starts, Chromium answers storage.managed only once its policy
 * service is ready: 2.2–3.3 s after start on this machine's Chromium 156, with or without a policy;
 * every page opened meanwhile would wait that long before CPT Lens could decide. The content script
 * decides from the copy at once and corrects itself when storage.managed answers. Without a copy
 * (fresh install) it decides with no policy: docs/managed-policy.md "Before the policy is known".
 */
export const policyMirrorItem = storage.defineItem<unknown>(`local:${POLICY_MIRROR_KEY}`);

/** Background: copies the managed policy to the mirror, writing only when it changed. */
export async function mirrorPolicy(): Promise<void> {
  const raw = await readManagedStorage();
  const current = await policyMirrorItem.getValue();
  if (JSON.stringify(current) !== JSON.stringify(raw)) await policyMirrorItem.setValue(raw ?? {});
}
