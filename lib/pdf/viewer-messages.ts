/**
 * "On this page" for the PDF viewer. The popup reaches content scripts with `tabs.sendMessage`,
 * which does not reach an extension page such as pdf.html; so the popup asks over
 * `runtime.sendMessage` (every extension page hears it) and names the tab, and only the viewer
 * showing that tab answers. The badge needs nothing new: the viewer sends `page/counts` like a
 * content script, and the background reads the tab from the sender.
 */
import { browser } from 'wxt/browser';
import { type PageListReply, pageListReply, parseMessage, type ToViewer, toViewer } from '../messages';
import type { Annotator } from '../page/annotator';
import { countsRecord } from '../page/content-messages';

/** The viewer's side: answers for `tabId` until `signal` aborts; `current()` is undefined while off. */
export function answerViewerMessages({
  tabId,
  signal,
  current,
}: {
  tabId: number;
  signal: AbortSignal;
  current: () => Annotator | undefined;
}): void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    const parsed = parseMessage(toViewer, message);
    // Another tab's viewer, or a message for someone else: stay silent so they can answer.
    if (!parsed || parsed.tabId !== tabId || signal.aborted) return undefined;
    const annotator = current();
    if (parsed.type === 'viewer/list') {
      const reply: PageListReply = { counts: countsRecord(annotator?.counts() ?? new Map()) };
      return Promise.resolve(reply);
    }
    return Promise.resolve(annotator?.reveal(parsed.code, parsed.occurrence) ?? false);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

function ask(message: ToViewer): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** The popup's side: the viewer's codes in `tabId`, or undefined when no viewer answers. */
export async function listViewerCodes(tabId: number): Promise<PageListReply | undefined> {
  try {
    return parseMessage(pageListReply, await ask({ type: 'viewer/list', tabId }));
  } catch {
    return undefined;
  }
}

/** Scrolls the viewer in `tabId` to the `occurrence`-th instance of `code` and flashes it. */
export async function revealInViewer({
  tabId,
  code,
  occurrence,
}: {
  tabId: number;
  code: string;
  occurrence: number;
}): Promise<boolean> {
  try {
    return (await ask({ type: 'viewer/reveal', tabId, code, occurrence })) === true;
  } catch {
    return false;
  }
}
