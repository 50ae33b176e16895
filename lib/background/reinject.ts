/**
 * After an install or update, the tabs already open have no content script (install) or an
 * orphaned one from the old version (update; WXT's context invalidates it). Inject the current
 * content script into them so the user need not reload.
 *
 * On install, a tab that loaded its page after the extension started already runs the declared
 * script: injecting a second copy would invalidate the first and start over, dropping the hover
 * the user (or a test) had just begun. So an install injects only into frames without the
 * running flag (lib/page/running-mark.ts). An update always injects: the old copy is orphaned.
 */
import { browser } from 'wxt/browser';
import { RUNNING_FLAG } from '../page/running-mark';

const INJECTABLE = /^(https?|file):/;

export async function reinjectContentScripts({ skipRunning = false }: { skipRunning?: boolean } = {}): Promise<number> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  const tabs = await browser.tabs.query({});
  let injected = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url || !INJECTABLE.test(tab.url) || tab.discarded) return;
      for (const script of scripts) {
        const all = { tabId: tab.id, allFrames: script.all_frames ?? false };
        try {
          const frameIds = skipRunning ? await framesWithoutScript(all) : undefined;
          if (frameIds?.length === 0) continue;
          const target = frameIds ? { tabId: tab.id, frameIds } : all;
          if (script.css?.length) await browser.scripting.insertCSS({ target, files: script.css });
          if (script.js?.length) await browser.scripting.executeScript({ target, files: script.js as never });
          injected++;
        } catch {
          // A page we may not script (the Web Store, a PDF viewer, a file: URL without access).
        }
      }
    }),
  );
  return injected;
}

/** The frames of `target` where no live content script has set the running flag. */
async function framesWithoutScript(target: { tabId: number; allFrames?: boolean }): Promise<number[]> {
  const results = await browser.scripting.executeScript({
    target,
    func: (flag: string) => (globalThis as Record<string, unknown>)[flag] === true,
    args: [RUNNING_FLAG],
  });
  return results.filter((r) => r.result !== true).map((r) => r.frameId);
}

export function registerReinjection(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void reinjectContentScripts({ skipRunning: true });
    else if (reason === 'update') void reinjectContentScripts();
  });
}
