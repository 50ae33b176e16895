/**
 * The popup wired to a fake browser (wxt/testing): the active tab's site, managed policy and the
 * stored per-site choice. The real browser runs in test/e2e/popup.spec.ts.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/App';
import { getSettings } from '../../../lib/settings';
import { click, mount } from './render';

let view: ReturnType<typeof mount> | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  // The fake answers getCurrent() with the active tab; the real toolbar popup is in no tab.
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
});
afterEach(() => view?.unmount());

/** The fake browser has no current window after reset(): answer the popup's query with the tab. */
function activeTab(url: string) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url, active: true, index: 0 } as never]);
}

async function openOn(url: string) {
  activeTab(url);
  view = mount(<App />);
}

/** Polls `read` (sync or async) until it gives something truthy. */
async function until<T>(read: () => T | null | undefined | Promise<T | null | undefined>): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (value) return value;
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error('timed out');
}

const theSwitch = () => view!.root.querySelector<HTMLElement>('[role="switch"]');

describe('popup App', () => {
  it('shows the site switch locked, with the reason, when policy forces the site', async () => {
    await fakeBrowser.storage.managed.set({ forceEnabledHosts: ['ehr.example.org'] });
    await openOn('https://ehr.example.org/chart/1');
    const sw = await until(theSwitch);
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(sw.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(sw.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Turned on for this site by your organization’s policy.',
    );
    click(sw);
    expect((await getSettings()).sites).toEqual([]);
  });

  it('stores the switch per site and reads it back', async () => {
    await openOn('https://portal.example.com/claims');
    const sw = await until(theSwitch);
    expect(view!.root.querySelector(`#${CSS.escape(sw.getAttribute('aria-labelledby')!)}`)?.textContent).toBe(
      'Enable on portal.example.com',
    );
    expect(sw.getAttribute('aria-checked')).toBe('true');
    click(sw);
    await until(async () => (await getSettings()).sites.length > 0 || undefined);
    expect((await getSettings()).sites).toEqual([{ host: 'portal.example.com', includeSubdomains: false }]);
    expect(theSwitch()?.getAttribute('aria-checked')).toBe('false');

    // A second popup (a restart) reads the stored choice.
    view!.unmount();
    view = mount(<App />);
    await until(() => theSwitch()?.getAttribute('aria-checked') === 'false' || undefined);
  });

  it('pre-fills the search from ?q= and shows the data version and code count', async () => {
    activeTab('https://portal.example.com/');
    view = mount(<App initialQuery="6471" />);
    const input = view.root.querySelector<HTMLInputElement>('[role="combobox"]')!;
    expect(input.value).toBe('6471');
    expect([...view.root.querySelectorAll('[role="option"]')].map((o) => o.textContent?.slice(0, 5))).toEqual([
      '64712',
      '64714',
    ]);
    expect(view.root.querySelector('footer')?.textContent).toMatch(/^Data [0-9a-f]{12} · 5 codesOptions$/);
  });

  it('says CPT Lens does not run on a browser page, with no switch', async () => {
    await openOn('chrome://settings/');
    await until(() => view!.root.querySelector('.site-toggle.unavailable'));
    expect(theSwitch()).toBeNull();
    expect(view!.root.querySelector('.site-row')?.textContent).toBe('CPT Lens does not run on this page.');
  });
});
