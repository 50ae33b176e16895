/**
 * The `next-code` and `previous-code` commands (manifest; Alt+Shift+Period and Alt+Shift+Comma
 * suggested, changeable at chrome://extensions/shortcuts or Firefox's Manage Extension
 * Shortcuts): move to the next or previous CPT code of the active tab, in reading order across its
 * frames, and open its card there (lib/travel-tab.ts).
 */
import { browser } from 'wxt/browser';
import type { Direction, TravelTarget } from '../travel-order';
import { travelInTab } from '../travel-tab';

export const TRAVEL_COMMANDS: Readonly<Record<string, Direction>> = {
  'next-code': 'next',
  'previous-code': 'previous',
};

/** The commands.onCommand handler's logic. Resolves to where travel went, for the e2e test. */
export async function onTravelCommand(command: string, tab?: { id?: number }): Promise<TravelTarget | undefined> {
  const direction = TRAVEL_COMMANDS[command];
  if (!direction) return undefined;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || tabId < 0) return undefined;
  return travelInTab({ tabId, direction });
}

export function registerTravelCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    void onTravelCommand(command, tab);
  });
}
