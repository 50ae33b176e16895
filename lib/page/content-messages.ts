/**
 * The content script's side of the messages (lib/messages.ts): answers `page/list` and
 * `page/reveal` from whichever annotator runs in this frame, and reports `page/counts` to the
 * background (badge, open popup) when this frame's counts change, debounced.
 */
import { browser } from 'wxt/browser';
import { listenUntil } from '../listen-until';
import { parseMessage, type ToBackground, toContent } from '../messages';
import type { Annotator } from './annotator';
import type { Travel } from './travel';

/** Counts settle over a few slices and SPA batches; one message per quiet spell is enough. */
const COUNTS_DEBOUNCE_MS = 250;

/**
 * The counts in code order. The default sort compares `[code, count]` pairs as "code,count" strings, which for codes of
 * one length (five characters, always) is the order of the codes.
 */
export function countsRecord(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort());
}

/** Answers the popup's questions until `signal` aborts; `current()` is undefined while disabled. */
/** `travel`: keyboard travel (`travel/*`), while this frame runs. Positional: an options object costs its key names. */
export function answerPageMessages(
  signal: AbortSignal,
  current: () => Annotator | undefined,
  travel?: () => Travel | undefined,
): void {
  const answer = (message: unknown): unknown => {
    const parsed = parseMessage(toContent, message);
    // Unknown messages are someone else's: not answering lets their listener reply.
    if (!parsed || signal.aborted) return undefined;
    if (parsed.type.startsWith('travel/')) return travel?.()?.handle(parsed);
    const annotator = current();
    if (parsed.type === 'page/list') return { counts: countsRecord(annotator?.counts() ?? new Map()) };
    if (parsed.type === 'page/reveal') return annotator?.reveal(parsed.code, parsed.occurrence) ?? false;
    return undefined;
  };
  // `sendResponse` and `return true`, not a returned promise: the content script runs on the
  // browser's own API (lib/page/browser-api.ts), and Chromium ignores a listener's promise.
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    const reply = answer(message);
    if (reply === undefined) return undefined;
    void Promise.resolve(reply).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  // An invalidated context (extension updated) may have lost `browser.runtime`: never throw into the page.
  listenUntil(() => browser.runtime?.onMessage, listener, signal);
}

/**
 * Sends `page/counts` after counts change, and once with no codes when `signal` aborts (the site
 * was switched off) so the badge clears; nothing is sent for a frame that never found a code.
 * Positional: an options object costs its key names in the minified content script.
 */
export function reportCounts(annotator: Annotator, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sentAny = false;
  const send = (counts: Record<string, number>) => {
    const message: ToBackground = { type: 'page/counts', counts };
    // No receiver (background asleep and waking, extension reloading) is not an error for the page.
    browser.runtime.sendMessage(message).catch(() => {});
  };
  const unsubscribe = annotator.onCounts((counts) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (signal.aborted) return;
      sentAny = true;
      send(countsRecord(counts));
    }, COUNTS_DEBOUNCE_MS);
  });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    unsubscribe();
    if (sentAny && browser.runtime?.id) send({});
  });
}
