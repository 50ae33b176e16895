/**
 * After an install or update, the tabs already open have no content script (install) or an
 * orphaned one from the old version (update; WXT's context invalidates it). Inject the current
 * content script into them so the user need not reload.
 */
import { browser } from 'wxt/browser';

const INJECTABLE = /^(https?|file):/;

export async function reinjectContentScripts(): Promise<number> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  const tabs = await browser.tabs.query({});
  let injected = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url || !INJECTABLE.test(tab.url) || tab.discarded) return;
      for (const script of scripts) {
        const target = { tabId: tab.id, allFrames: script.all_frames ?? false };
        try {
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

export function registerReinjection(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void reinjectContentScripts();
  });
}
