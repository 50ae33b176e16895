/**
 * Content side of the per-site settings: tells the content-script entry whether this frame's
 * site is enabled, and the hover/highlight options, now and after every change to the settings
 * or the managed policy (storage.onChanged reaches every frame, so a toggle in the popup takes
 * effect everywhere without a reload). Never throws: bad stored data means defaults.
 */
import {
  followStored,
  type PageOptions,
  policyOf,
  type Settings,
  settingsOf,
  settingsUnreadable,
} from '../settings-read';
import { effectiveFrameUrl, type Policy, siteEnabled } from '../sites';

/**
 * The URL whose site this frame belongs to. about:blank / srcdoc / data: / blob: frames have no
 * site of their own and inherit the parent's (DESIGN.md "Frames"):
 * - about:blank and srcdoc frames inherit their creator's origin, so `origin` names the site;
 * - sandboxed and data: frames have an opaque origin ("null"); Chromium's
 *   `location.ancestorOrigins` names the parent; Firefox lacks it, so the top URL is tried
 *   (readable only when same-origin).
 */
export function frameUrl(win: Window = window): string {
  const url = win.location.href;
  let topUrl: string | undefined;
  try {
    topUrl = win.top?.location.href;
  } catch {
    // A cross-origin top: no top URL (the assignment above did not happen).
  }
  const ancestors = Array.from(win.location.ancestorOrigins ?? []);
  return effectiveFrameUrl(url, win.origin, ancestors, topUrl);
}

/**
 * Calls `onChange` once with the current state, then whenever it changes (enabled, or any
 * option), until `signal` aborts. `url` defaults to this frame's effective URL. Positional (and `onChange` takes the
 * state's two parts, not an object): an options object costs its key names in the minified content script.
 */
export function watchSiteGate(
  signal: AbortSignal,
  onChange: (enabled: boolean, options: PageOptions) => void,
  url: string = frameUrl(),
): void {
  let last: string | undefined;
  const report = (settings: Settings, policy: Policy) => {
    if (signal.aborted) return;
    const enabled = siteEnabled(url, settings, policy);
    // Compared as JSON of the page options' values in a fixed order. The settings themselves are the options (a
    // superset of PageOptions; settingsOf builds a new object on every read): a copy of the three would cost its key
    // names in the minified content script. A change to the site list alone reports nothing, as before.
    const state = JSON.stringify([enabled, settings.hoverDelayMs, settings.holdKey, settings.highlightStyle]);
    if (state === last) return;
    last = state;
    onChange(enabled, settings);
  };
  // Settings and policy are followed apart: the user's switch takes effect at once even while the
  // browser has not reported the policy yet (lib/settings-read.ts followStored). The content script
  // shows no fault, so it reads without them (the plain readers).
  followStored(settingsOf, settingsUnreadable, policyOf, signal, report);
}
