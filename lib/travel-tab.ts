/**
 * Keyboard travel over one tab, from the extension's side (the background's commands and the
 * popup's "On this page"): ask every frame for its codes (`travel/list`), pick the next stop in
 * reading order (lib/travel-order.ts), clear the old focus mark and show the new one
 * (`travel/show`). The frames hold the state (where the mark is, where the caret was), so a
 * service worker stopped between two presses loses nothing.
 */
import { browser } from 'wxt/browser';
import {
  parseMessage,
  type ToContent,
  type TravelSelectionReply,
  travelListReply,
  travelSelectionReply,
} from './messages';
import { type Direction, type FrameTravelReport, nextStop, type TravelTarget } from './travel-order';

/**
 * Ids of every frame of the tab we can reach. `scripting.executeScript` with `allFrames` (already
 * granted) names each frame without the webNavigation permission (as entrypoints/popup/tab.ts does).
 */
export async function reachableFrames(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
    return [...new Set(results.map((r) => r.frameId))].sort((a, b) => a - b);
  } catch {
    return [];
  }
}

async function send(tabId: number, frameId: number, message: ToContent): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message, { frameId });
  } catch {
    // No content script there (closed to us, off for the site, not loaded yet).
    return undefined;
  }
}

/** Every frame's `travel/list` report; frames that do not answer are left out. */
export async function travelReports(tabId: number): Promise<FrameTravelReport[]> {
  const frames = await reachableFrames(tabId);
  const replies = await Promise.all(
    frames.map(async (frameId) => {
      const reply = parseMessage(travelListReply, await send(tabId, frameId, { type: 'travel/list' }));
      return reply ? { frameId, ...reply } : undefined;
    }),
  );
  return replies.filter((r) => r !== undefined);
}

/**
 * Moves to the next (or previous) code of the tab, or of one `code`, and opens its card there.
 * Resolves to where it went; undefined when the tab has no code (the top frame says so aloud).
 */
export async function travelInTab({
  tabId,
  direction,
  code,
}: {
  tabId: number;
  direction: Direction;
  code?: string;
}): Promise<TravelTarget | undefined> {
  const reports = await travelReports(tabId);
  const target = nextStop({ reports, direction, code });
  if (!target) {
    await send(tabId, 0, { type: 'travel/show', index: -1, ordinal: 0, total: 0 });
    return undefined;
  }
  const { stop, ordinal, total } = target;
  await Promise.all(
    reports
      .filter((r) => r.current !== undefined && r.frameId !== stop.frameId)
      .map((r) => send(tabId, r.frameId, { type: 'travel/clear' })),
  );
  await send(tabId, stop.frameId, { type: 'travel/show', index: stop.index, ordinal, total });
  return target;
}

/**
 * Opens the card of the code in the selection, in the frame that holds it (`frameId`, from the
 * context menu), or in whichever focused frame has a selection (the shortcut). Resolves to the
 * frame's answer: shown, or the selected text for the popup's lookup; undefined if no frame has one.
 */
export async function showSelectionInTab({
  tabId,
  frameId,
}: {
  tabId: number;
  frameId?: number;
}): Promise<TravelSelectionReply | undefined> {
  const frames = frameId === undefined ? await reachableFrames(tabId) : [frameId];
  for (const id of frames) {
    const message: ToContent = { type: 'travel/selection', focused: frameId === undefined };
    const reply = parseMessage(travelSelectionReply, await send(tabId, id, message));
    if (reply) return reply;
  }
  return undefined;
}
