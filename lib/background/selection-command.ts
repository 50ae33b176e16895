/**
 * The `look-up-selection` command (manifest; Alt+Shift+K suggested): the keyboard twin of the
 * context menu's "Look up CPT code". A known code in the focused frame's selection opens its card
 * in the page, beside it; other selected text opens the lookup with it as the query.
 */
import { browser } from 'wxt/browser';
import { showSelectionInTab } from '../travel-tab';
import { lookupQuery, openLookupTab } from './context-menu';

export const LOOKUP_SELECTION_COMMAND = 'look-up-selection';

/** Resolves to "in-page", the lookup URL it opened, or undefined (no selection anywhere). */
export async function onSelectionCommand(tab?: { id?: number; index?: number; windowId?: number }) {
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined || target.id < 0) return undefined;
  const reply = await showSelectionInTab({ tabId: target.id });
  if (reply?.shown) return 'in-page';
  const query = lookupQuery(reply?.query);
  return query ? openLookupTab(query, target) : undefined;
}

export function registerSelectionCommand(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === LOOKUP_SELECTION_COMMAND) void onSelectionCommand(tab);
  });
}
