/**
 * The popup's link to the PDF viewer: whether the active tab shows a PDF (its URL names one, or
 * its document says `application/pdf`), and opening that PDF in the viewer in the same tab (Back
 * returns to the browser's viewer).
 */
import { browser } from 'wxt/browser';
import { looksLikePdfUrl, VIEWER_PATH, viewerUrlFor } from '../../lib/pdf/viewer-url';
import type { ActiveTab } from './tab';

/** The PDF's URL when the tab shows one; undefined otherwise (or for the viewer itself). */
export async function pdfUrlOf(tab: ActiveTab): Promise<string | undefined> {
  if (tab.viewer || !tab.url || !/^(?:https?|file):/i.test(tab.url)) return undefined;
  if (looksLikePdfUrl(tab.url)) return tab.url;
  // A PDF served from an address without ".pdf" (a download endpoint): ask the document, where
  // the browser lets us; its own PDF viewer may refuse, which just means "no offer".
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => document.contentType,
    });
    return result?.result === 'application/pdf' ? tab.url : undefined;
  } catch {
    return undefined;
  }
}

export async function openInViewer({ tabId, url }: { tabId: number; url: string }): Promise<void> {
  await browser.tabs.update(tabId, {
    url: viewerUrlFor({ viewerBase: browser.runtime.getURL(VIEWER_PATH), file: url }),
  });
}
