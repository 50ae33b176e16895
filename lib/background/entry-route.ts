/**
 * Answers `entry/get` from a content script: the content-script bundle carries only the list of
 * codes, so the popover asks the background for the entry and its modifiers' meanings.
 */
import { browser } from 'wxt/browser';
import { getEntry, modifierMeaning } from '../dataset';
import { type EntryGetReply, parseMessage, toBackground } from '../messages';
import { mergedEntryReply } from './publications';

export function entryReply({ code }: { code: string }): EntryGetReply {
  const entry = getEntry(code);
  if (!entry) return { entry: null, meanings: {} };
  const meanings: Record<string, string> = {};
  for (const modifier of [...entry.modifiers.rows.map((r) => r.code), ...entry.mentionedModifiers]) {
    const meaning = modifierMeaning(modifier);
    if (meaning) meanings[modifier] = meaning;
  }
  return { entry, meanings };
}

/** Registers the `entry/get` route; other messages are left to their own listeners. */
export function registerEntryRoute(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const parsed = parseMessage(toBackground, message);
    if (parsed?.type !== 'entry/get') return undefined;
    // Every source's entry for the code: the organization's publications, then the bundled one.
    return mergedEntryReply(parsed);
  });
}
