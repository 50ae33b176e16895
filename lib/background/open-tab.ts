/** Opens an extension page in a new tab right after `beside` (the tab the user acted in), in its window. */
import { browser } from 'wxt/browser';

export interface TabRef {
  id?: number;
  index?: number;
  windowId?: number;
}

export async function openTabBeside(url: string, beside?: TabRef): Promise<string> {
  await browser.tabs.create({
    url,
    ...(beside?.index !== undefined ? { index: beside.index + 1 } : {}),
    ...(beside?.id !== undefined && beside.id >= 0 ? { openerTabId: beside.id } : {}),
    ...(beside?.windowId !== undefined ? { windowId: beside.windowId } : {}),
  });
  return url;
}
