/**
 * The popup's link to the active tab: which frames it has, what codes each holds (`page/list`),
 * revealing one occurrence in one frame (`page/reveal`), and live `page/counts` updates.
 *
 * `tabs.sendMessage` without a frameId is delivered to every frame but resolves with the first
 * reply only, so the frames are enumerated first and asked one by one. Enumerating frames with
 * `webNavigation.getAllFrames` would need another permission; `scripting.executeScript` with
 * `allFrames` (already granted, with the host permission) reports each frame's id.
 * The frames themselves are the source of truth: no state kept in the service worker, which
 * Chromium may have stopped since the page was scanned.
 */
import { browser } from 'wxt/browser';
import { type PageListReply, pageListReply, parseMessage, type ToContent, toBackground } from '../../lib/messages';
import { listViewerCodes, revealInViewer } from '../../lib/pdf/viewer-messages';
import { documentUrlOfViewer, isViewerUrl, VIEWER_PATH } from '../../lib/pdf/viewer-url';
import type { FrameCounts } from '../../lib/tab-codes';

export interface ActiveTab {
  id: number;
  /** Undefined for pages the extension may not read (browser pages, the web store). */
  url?: string;
  /** The tab is CPT Lens's PDF viewer; `url` is then the PDF's own (its site decides). */
  viewer?: boolean;
}

/** A tab as the popup sees it: the PDF viewer stands for the document it shows. */
function activeTabOf(tab: { id?: number; url?: string } | undefined): ActiveTab | undefined {
  if (tab?.id === undefined) return undefined;
  const viewerBase = browser.runtime.getURL(VIEWER_PATH);
  if (isViewerUrl({ url: tab.url, viewerBase }))
    return { id: tab.id, url: documentUrlOfViewer({ url: tab.url, viewerBase }), viewer: true };
  return { id: tab.id, url: tab.url };
}

/**
 * The tab the popup is about. As the toolbar popup, the active tab of its window. As a tab of its
 * own (the context menu's lookup opens popup.html?q=… beside the page), the page it was opened
 * from; none when it has no opener.
 */
export async function queryActiveTab(): Promise<{ tab?: ActiveTab; inTab: boolean }> {
  const own = await browser.tabs.getCurrent();
  if (own) {
    if (own.openerTabId === undefined) return { inTab: true };
    const opener = await browser.tabs.get(own.openerTabId).catch(() => undefined);
    return { tab: activeTabOf(opener), inTab: true };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tab: activeTabOf(active), inTab: false };
}

/** Brings the tab to the front (the lookup tab shows its opener where a code is). */
export async function showTab(tabId: number): Promise<void> {
  await browser.tabs.update(tabId, { active: true }).catch(() => {});
}

/** Ids of every frame of the tab we can reach; empty when the page is closed to extensions. */
export async function frameIdsOf(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      // Runs in our isolated world, reads nothing and changes nothing: it only names the frame.
      func: () => true,
    });
    return [...new Set(results.map((r) => r.frameId))].sort((a, b) => a - b);
  } catch {
    return [];
  }
}

function send(tabId: number, frameId: number, message: ToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId });
}

/** One frame's codes; none when its content script is absent, off for the site, or not ready. */
async function frameCodes(tabId: number, frameId: number): Promise<FrameCounts> {
  try {
    const reply: PageListReply | undefined = parseMessage(
      pageListReply,
      await send(tabId, frameId, { type: 'page/list' }),
    );
    return { frameId, counts: reply?.counts ?? {} };
  } catch {
    // "Receiving end does not exist": no content script in that frame (yet).
    return { frameId, counts: {} };
  }
}

/**
 * Every frame's codes, asked in parallel; undefined when no frame is open to the extension. A tab
 * with no scriptable frame may be CPT Lens's PDF viewer, which answers for itself as frame 0.
 */
export async function listTabCodes(tabId: number): Promise<FrameCounts[] | undefined> {
  const frameIds = await frameIdsOf(tabId);
  if (frameIds.length === 0) {
    const viewer = await listViewerCodes(tabId);
    return viewer ? [{ frameId: 0, counts: viewer.counts }] : undefined;
  }
  return Promise.all(frameIds.map((frameId) => frameCodes(tabId, frameId)));
}

/** Scrolls the frame to its `occurrence`-th instance of `code` and flashes it. */
export async function revealInFrame({
  tabId,
  frameId,
  code,
  occurrence,
}: {
  tabId: number;
  frameId: number;
  code: string;
  occurrence: number;
}): Promise<boolean> {
  try {
    const reply = await send(tabId, frameId, { type: 'page/reveal', code, occurrence });
    // A content script answers true or false. No answer at all in frame 0: the tab may be the PDF
    // viewer, an extension page, which Chromium's tabs.sendMessage reaches without a listener.
    if (reply === undefined && frameId === 0) return revealInViewer({ tabId, code, occurrence });
    return reply !== false;
  } catch {
    return frameId === 0 ? revealInViewer({ tabId, code, occurrence }) : false;
  }
}

/**
 * A content script's `page/counts` (meant for the badge) also reaches every open extension
 * page, the popup included: the list follows the page live (SPA updates, the site switched on).
 */
export function watchTabCounts({
  tabId,
  signal,
  onCounts,
}: {
  tabId: number;
  signal: AbortSignal;
  onCounts: (update: FrameCounts) => void;
}): void {
  const listener = (message: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
    if (sender.tab?.id !== tabId || sender.frameId === undefined) return;
    const parsed = parseMessage(toBackground, message);
    if (parsed?.type === 'page/counts') onCounts({ frameId: sender.frameId, counts: parsed.counts });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
