/**
 * The `toggle-site` command (manifest; Alt+Shift+L suggested, changeable at
 * chrome://extensions/shortcuts): turns CPT Lens on or off for the active tab's site. Every
 * frame's site gate sees the storage change and follows live.
 */
import { browser } from 'wxt/browser';
import { getPolicyNow, getSettings, hostOf, setSiteEnabled, siteState } from '../settings';

export const TOGGLE_COMMAND = 'toggle-site';

/** Resolves to the site's new state, or undefined where there is no site to toggle. */
export async function toggleSiteOf(url: string | undefined) {
  if (!url || !/^https?:/.test(url)) return undefined;
  const host = hostOf(url);
  if (!host) return undefined;
  const [settings, policy] = await Promise.all([getSettings(), getPolicyNow()]);
  const current = siteState({ url, settings, policy });
  if (current.lockedBy === 'policy') return current;
  return setSiteEnabled({ host, enabled: !current.enabled });
}

export function registerToggleCommand(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    const target = tab?.url ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    await toggleSiteOf(target?.url);
  });
}
