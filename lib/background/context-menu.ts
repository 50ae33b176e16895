/**
 * "Look up CPT code “…”" on selected text: a known code in the selection opens its card in the
 * page, next to it (lib/page/travel.ts, in the frame the selection is in); otherwise the lookup
 * (the popup page in a tab, which reads `?q=`) opens on the code in the selection, or on its words.
 */
import { browser } from 'wxt/browser';
import { getEntry } from '../dataset';
import { showSelectionInTab } from '../travel-tab';
import { openTabBeside, type TabRef } from './open-tab';
import { createPdfMenuItem, registerPdfMenuClicks } from './pdf-menu';

export const LOOKUP_MENU_ID = 'cpt-lens-lookup';
/** Longer selections are cut: the search box takes a code or a few words. */
const MAX_QUERY = 100;

/** The query for a selection: the first five-digit code in it if any, else its words. */
export function lookupQuery(selectionText: string | undefined): string | undefined {
  const text = (selectionText ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  const code = /(?<![0-9A-Za-z$])[0-9]{5}(?![0-9A-Za-z$])/.exec(text)?.[0];
  return code ?? text.slice(0, MAX_QUERY).trim();
}

export function lookupUrl(query: string): string {
  return `${browser.runtime.getURL('/popup.html')}?q=${encodeURIComponent(query)}`;
}

/** Opens the lookup on `query` in a tab beside `tab`. Resolves to its URL. */
export function openLookupTab(query: string, tab?: TabRef): Promise<string> {
  return openTabBeside(lookupUrl(query), tab);
}

/**
 * The contextMenus.onClicked handler. Resolves to the URL it opened, for the e2e test, or to
 * "in-page" when the code's card opened in the page.
 */
export async function onLookupMenuClicked(
  info: { menuItemId: string | number; selectionText?: string; frameId?: number },
  tab?: { id?: number; index?: number; windowId?: number },
): Promise<string | undefined> {
  if (info.menuItemId !== LOOKUP_MENU_ID) return undefined;
  const query = lookupQuery(info.selectionText);
  if (!query) return undefined;
  if (getEntry(query) && tab?.id !== undefined && tab.id >= 0) {
    const reply = await showSelectionInTab({ tabId: tab.id, frameId: info.frameId ?? 0 });
    if (reply?.shown) return 'in-page';
  }
  return openLookupTab(query, tab);
}

/** Registers the menu; returns the exact onClicked listener (the e2e hook checks it is registered). */
export function registerContextMenu(): (
  info: { menuItemId: string | number; selectionText?: string; frameId?: number },
  tab?: { id?: number; index?: number; windowId?: number },
) => void {
  // Menu items persist across service-worker restarts; create them once per install/update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus
      .removeAll()
      .then(() =>
        browser.contextMenus.create({
          id: LOOKUP_MENU_ID,
          // %s is the selection (Chromium and Firefox both expand it).
          title: 'Look up CPT code “%s”',
          contexts: ['selection'],
        }),
      )
      .then(createPdfMenuItem);
  });
  registerPdfMenuClicks();
  const listener = (
    info: { menuItemId: string | number; selectionText?: string; frameId?: number },
    tab?: { id?: number; index?: number; windowId?: number },
  ) => {
    void onLookupMenuClicked(info, tab);
  };
  browser.contextMenus.onClicked.addListener(listener);
  return listener;
}
