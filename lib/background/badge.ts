/**
 * The badge: the number of codes in a tab, summed over its frames from each frame's
 * `page/counts`, and kept true across navigations (see the tabs.onUpdated listener). The
 * per-frame totals are mirrored to storage.session because an MV3 service worker is stopped when
 * idle and would otherwise forget the other frames' counts on wake-up.
 */
import { browser } from 'wxt/browser';
import { pageListReply, parseMessage, type ToContent, toBackground } from '../messages';
import { listViewerCodes } from '../pdf/viewer-messages';

/** tabId → frameId → that frame's total. */
export type BadgeFrames = Record<string, Record<string, number>>;

const SESSION_KEY = 'badgeFrames';
const BADGE_COLOR = '#1d4ed8';
const ask: ToContent = { type: 'page/list' };

/** "12", "999+", or "" for nothing (no badge). */
export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

export function tabTotal(frames: Readonly<Record<string, number>> | undefined): number {
  return Object.values(frames ?? {}).reduce((sum, n) => sum + n, 0);
}

/** Pure: the state after a frame reports its counts. */
export function withFrameTotal({
  state,
  tabId,
  frameId,
  counts,
}: {
  state: BadgeFrames;
  tabId: number;
  frameId: number;
  counts: Readonly<Record<string, number>>;
}): BadgeFrames {
  const total = Object.values(counts).reduce((sum, n) => sum + Math.max(0, n), 0);
  const frames = { ...(state[tabId] ?? {}) };
  if (total > 0) frames[frameId] = total;
  else delete frames[frameId];
  const next = { ...state };
  if (Object.keys(frames).length > 0) next[tabId] = frames;
  else delete next[tabId];
  return next;
}

export function withoutTab(state: BadgeFrames, tabId: number): BadgeFrames {
  const next = { ...state };
  delete next[tabId];
  return next;
}

/**
 * What a frame holds now, or undefined when nothing there answers (its document is gone). A
 * content script answers `page/list`. The PDF viewer (pdf.html) is an extension page: tabs.sendMessage
 * gets no answer from it (Chromium resolves with undefined), so a top frame that does not answer is
 * asked over runtime messages, which only the viewer showing this tab answers (lib/pdf/viewer-messages.ts).
 */
async function countsOfFrame(tabId: number, frameId: number): Promise<Record<string, number> | undefined> {
  try {
    const reply = parseMessage(pageListReply, await browser.tabs.sendMessage(tabId, ask, { frameId }));
    if (reply) return reply.counts;
  } catch {
    // No content script in this frame now.
  }
  return frameId === 0 ? (await listViewerCodes(tabId))?.counts : undefined;
}

export function registerBadge(): void {
  let state: BadgeFrames | undefined;
  // Serialise updates: each reads the state the previous one left.
  let queue: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<BadgeFrames> => {
    if (state) return state;
    try {
      const stored = (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY];
      state = stored && typeof stored === 'object' ? (stored as BadgeFrames) : {};
    } catch {
      state = {};
    }
    return state;
  };

  const update = (tabId: number, change: (s: BadgeFrames) => BadgeFrames) => {
    queue = queue
      .then(async () => {
        const next = change(await load());
        state = next;
        await browser.storage.session.set({ [SESSION_KEY]: next }).catch(() => {});
        await browser.action.setBadgeText({ tabId, text: badgeText(tabTotal(next[tabId])) });
      })
      .catch(() => {
        // The tab closed meanwhile: nothing to show.
      });
  };

  void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => {});

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = parseMessage(toBackground, message);
    if (parsed?.type !== 'page/counts') return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return undefined;
    const frameId = sender.frameId ?? 0;
    update(tabId, (s) => withFrameTotal({ state: s, tabId, frameId, counts: parsed.counts }));
    return undefined;
  });

  // tabs.onUpdated cannot tell a new document from a same-document (SPA, #hash) navigation:
  // both report status "loading" then "complete", and a reload reports no URL. So once a load
  // completes, ask each frame we hold a count for what it holds now: a frame whose document is
  // gone does not answer (dropped); a live one replaces its count. New frames report themselves.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status !== 'complete') return;
    queue = queue.then(async () => {
      const frames = Object.keys((await load())[tabId] ?? {}).map(Number);
      if (frames.length === 0) return;
      const replies = await Promise.all(
        frames.map(async (frameId) => ({ frameId, counts: (await countsOfFrame(tabId, frameId)) ?? {} })),
      );
      update(tabId, (s) =>
        replies.reduce((next, { frameId, counts }) => withFrameTotal({ state: next, tabId, frameId, counts }), s),
      );
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    queue = queue.then(async () => {
      state = withoutTab(await load(), tabId);
      await browser.storage.session.set({ [SESSION_KEY]: state }).catch(() => {});
    });
  });
}
