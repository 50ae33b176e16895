/**
 * Content side of the per-site settings: tells the content-script entry whether this frame's
 * site is enabled, and the hover/highlight options, now and after every change to the settings
 * or the managed policy (storage.onChanged reaches every frame, so a toggle in the popup takes
 * effect everywhere without a reload). Never throws: bad stored data means defaults.
 */
import { followStored, type PageOptions, PLAIN_READERS, type Settings } from '../settings-read';
import { effectiveFrameUrl, type Policy, siteEnabled } from '../sites';

export interface SiteGateState {
  enabled: boolean;
  options: PageOptions;
}

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

function gateStateOf(url: string, settings: Settings, policy: Policy): SiteGateState {
  return {
    enabled: siteEnabled(url, settings, policy),
    options: {
      hoverDelayMs: settings.hoverDelayMs,
      holdKey: settings.holdKey,
      highlightStyle: settings.highlightStyle,
    },
  };
}

function sameState(a: SiteGateState | undefined, b: SiteGateState): boolean {
  // Both built by gateStateOf, so their keys come in the same order; `JSON.stringify(undefined)` is undefined, never
  // the string `b` gives.
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Calls `onChange` once with the current state, then whenever it changes (enabled, or any
 * option), until `signal` aborts. `url` defaults to this frame's effective URL. Positional: an
 * options object costs its key names in the minified content script.
 */
export function watchSiteGate(
  signal: AbortSignal,
  onChange: (state: SiteGateState) => void,
  url: string = frameUrl(),
): void {
  let last: SiteGateState | undefined;
  const report = (settings: Settings, policy: Policy) => {
    if (signal.aborted) return;
    const next = gateStateOf(url, settings, policy);
    if (sameState(last, next)) return;
    last = next;
    onChange(next);
  };
  // Settings and policy are followed apart: the user's switch takes effect at once even while the
  // browser has not reported the policy yet (lib/settings-read.ts followStored). The content script
  // shows no fault, so it reads without them (PLAIN_READERS).
  followStored(PLAIN_READERS, signal, report);
}
