/** The content script's side of `entry/get`: asks the background, validates the reply. */
import { browser } from 'wxt/browser';
import { entryGetReply, parseMessage, type ToBackground } from '../messages';
import type { EntryData } from './hover';

export async function fetchEntry(code: string): Promise<EntryData | undefined> {
  const message: ToBackground = { type: 'entry/get', code };
  const reply = parseMessage(entryGetReply, await browser.runtime.sendMessage(message));
  return reply?.entry ? { entry: reply.entry, meanings: reply.meanings, others: reply.others } : undefined;
}
