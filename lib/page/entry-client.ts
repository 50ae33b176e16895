/** The content script's side of `entry/get`: asks the background, validates the reply. */
import { browser } from 'wxt/browser';
import { entryGetReply, parseMessage, type ToBackground } from '../messages';
import type { EntryData } from './hover';

export async function fetchEntry(code: string): Promise<EntryData | undefined> {
  const message: ToBackground = { type: 'entry/get', code };
  const sent = browser.runtime.sendMessage(message);
  // The reply's schema is built on first use (lib/lazy.ts): build it while the background answers,
  // not in the task that then renders and places the card (the first hover's longest task).
  entryGetReply();
  const reply = parseMessage(entryGetReply, await sent);
  // The schema strips unknown keys: with an entry, the reply is the card's data as it is.
  return reply?.entry ? (reply as EntryData) : undefined;
}
