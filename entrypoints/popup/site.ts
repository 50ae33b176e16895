/**
 * The active tab's site as the popup's switch sees it: enabled or not, and whether managed
 * policy decides. Stored and matched by lib/settings.ts; the content scripts of every frame
 * watch the same storage, so writing it is all "takes effect live" needs.
 */
import { getPolicyNow, getSettings, hostOf, type SiteState, setSiteEnabled, siteState } from '../../lib/settings';

export type SiteView =
  | { kind: 'site'; host: string; enabled: boolean; lockedReason?: string }
  | { kind: 'none'; reason: string };

const NOT_HERE = 'CPT Lens does not run on this page.';

/** Where content scripts run at all: web pages, not the browser's own pages or other extensions. */
function isWebPage(url: string): boolean {
  return /^(?:https?|file):/i.test(url);
}

export function toSiteView({ url, state }: { url: string | undefined; state?: SiteState }): SiteView {
  const host = url && isWebPage(url) ? hostOf(url) : undefined;
  if (!host || !state) return { kind: 'none', reason: NOT_HERE };
  return {
    kind: 'site',
    host,
    enabled: state.enabled,
    lockedReason: state.lockedBy === 'policy' ? (state.reason ?? 'Set by your organization’s policy.') : undefined,
  };
}

export async function loadSiteView(url: string | undefined): Promise<SiteView> {
  if (url?.startsWith('file:'))
    return { kind: 'none', reason: 'A local file has no site to switch; the mode in Options decides.' };
  if (!url || !hostOf(url) || !isWebPage(url)) return { kind: 'none', reason: NOT_HERE };
  const [settings, policy] = await Promise.all([getSettings(), getPolicyNow()]);
  return toSiteView({ url, state: siteState({ url, settings, policy }) });
}

/** Stores the choice; resolves to the site as it now stands (policy may have kept it). */
export async function saveSiteEnabled({
  url,
  host,
  enabled,
}: {
  url: string;
  host: string;
  enabled: boolean;
}): Promise<SiteView> {
  return toSiteView({ url, state: await setSiteEnabled({ host, enabled }) });
}
