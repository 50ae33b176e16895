import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, registerBadge, tabTotal, withFrameTotal, withoutTab } from '../../../lib/background/badge';
import { LOOKUP_MENU_ID, lookupQuery, onLookupMenuClicked } from '../../../lib/background/context-menu';
import { toggleSiteOf } from '../../../lib/background/toggle-command';
import { getSettings } from '../../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('badge', () => {
  it('sums frames per tab and drops a frame that reports nothing', () => {
    let state = withFrameTotal({ state: {}, tabId: 1, frameId: 0, counts: { '64712': 2, '64445': 1 } });
    state = withFrameTotal({ state, tabId: 1, frameId: 7, counts: { '64632': 4 } });
    state = withFrameTotal({ state, tabId: 2, frameId: 0, counts: { '64712': 1 } });
    expect(tabTotal(state[1])).toBe(7);
    state = withFrameTotal({ state, tabId: 1, frameId: 7, counts: {} });
    expect(tabTotal(state[1])).toBe(3);
    state = withoutTab(state, 1);
    expect(state).toEqual({ 2: { 0: 1 } });
  });

  it('shows nothing for zero and caps long numbers', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(1000)).toBe('999+');
  });

  it('updates the tab’s badge from page/counts and ignores unknown or malformed messages', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    registerBadge();
    const sender = { tab: { id: 5 } as never, frameId: 0 };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page/counts', counts: { '64712': 3 } }, sender);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page/counts', counts: { nope: 'x' } }, sender);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'who-knows' }, sender);
    await fakeBrowser.runtime.onMessage.trigger('garbage', sender);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page/counts', counts: { '64445': 2 } },
      { tab: { id: 5 } as never, frameId: 3 },
    );
    await vi.waitFor(() => expect(setBadgeText).toHaveBeenCalledTimes(2));
    expect(setBadgeText.mock.calls.map(([d]) => d)).toEqual([
      { tabId: 5, text: '3' },
      { tabId: 5, text: '5' },
    ]);
  });
});

describe('context menu lookup', () => {
  it.each([
    ['64712', '64712'],
    ['Line 1: CPT 64712-RT, open', '64712'],
    ['  open   neurolysis\nsciatic ', 'open neurolysis sciatic'],
    ['Member ID W2846-64612', '64612'],
    ['$64712.00', '$64712.00'],
    ['', undefined],
    ['   ', undefined],
  ])('%j → %j', (selection, query) => {
    expect(lookupQuery(selection)).toBe(query);
  });

  it('opens the popup page with the query in a tab next to the page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const url = await onLookupMenuClicked(
      { menuItemId: LOOKUP_MENU_ID, selectionText: 'CPT 64445 injection' },
      { id: 3, index: 2, windowId: 1 },
    );
    expect(url).toMatch(/\/popup\.html\?q=64445$/);
    expect(create).toHaveBeenCalledWith({ url, index: 3, openerTabId: 3, windowId: 1 });
  });

  it('ignores other menu items and empty selections', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await onLookupMenuClicked({ menuItemId: 'other', selectionText: '64712' })).toBeUndefined();
    expect(await onLookupMenuClicked({ menuItemId: LOOKUP_MENU_ID, selectionText: '  ' })).toBeUndefined();
    expect(create).not.toHaveBeenCalled();
  });
});

describe('toggle-site command', () => {
  it('toggles the site of the URL and leaves non-web pages alone', async () => {
    expect(await toggleSiteOf('https://portal.example.com/a')).toMatchObject({ enabled: false });
    expect((await getSettings()).sites).toEqual([{ host: 'portal.example.com', includeSubdomains: false }]);
    expect(await toggleSiteOf('https://portal.example.com/b')).toMatchObject({ enabled: true });
    expect((await getSettings()).sites).toEqual([]);
    expect(await toggleSiteOf('chrome://extensions/')).toBeUndefined();
    expect(await toggleSiteOf(undefined)).toBeUndefined();
  });
});
