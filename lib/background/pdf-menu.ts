/**
 * "Open PDF in CPT Lens" on links to PDFs: opens the link in the viewer (pdf.html?file=…) in a new
 * tab beside the page. Created with the other menu items (context-menu.ts) after an install or
 * update, because menu items persist and one removeAll() clears them all.
 */
import { browser } from 'wxt/browser';
import { PDF_LINK_PATTERNS, VIEWER_PATH, viewerUrlFor } from '../pdf/viewer-url';
import { openTabBeside, type TabRef } from './open-tab';

export const PDF_MENU_ID = 'cpt-lens-open-pdf';

export function createPdfMenuItem(): void {
  browser.contextMenus.create({
    id: PDF_MENU_ID,
    title: 'Open PDF in CPT Lens',
    contexts: ['link'],
    targetUrlPatterns: [...PDF_LINK_PATTERNS],
  });
}

/** The onClicked handler. Resolves to the viewer URL it opened. */
export async function onPdfMenuClicked(
  info: { menuItemId: string | number; linkUrl?: string },
  tab?: TabRef,
): Promise<string | undefined> {
  if (info.menuItemId !== PDF_MENU_ID || !info.linkUrl) return undefined;
  const url = viewerUrlFor({ viewerBase: browser.runtime.getURL(VIEWER_PATH), file: info.linkUrl });
  return openTabBeside(url, tab);
}

export function registerPdfMenuClicks(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onPdfMenuClicked(info, tab);
  });
}
