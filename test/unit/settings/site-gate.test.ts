import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchSiteGate } from '../../../lib/page/site-gate';
import {
  DEFAULT_SETTINGS,
  mirrorPolicy,
  type PageOptions,
  setSiteEnabled,
  updateSettings,
} from '../../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

/** storage.managed.get() that has not answered yet (as right after the browser starts); call the result to answer. */
function managedPolicyPending(): (policy: Record<string, unknown>) => void {
  let answer: (policy: Record<string, unknown>) => void = () => {};
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(
    new Promise((resolve) => {
      answer = resolve;
    }) as never,
  );
  return (policy) => answer(policy);
}

function gate(url: string) {
  const states: { enabled: boolean; options: PageOptions }[] = [];
  const controller = new AbortController();
  watchSiteGate(controller.signal, (enabled, options) => states.push({ enabled, options }), url);
  return { states, controller };
}

describe('watchSiteGate', () => {
  it('reports the current state once, then each change, live', async () => {
    const { states, controller } = gate('https://portal.example.com/claims');
    await vi.waitFor(() => expect(states).toHaveLength(1));
    expect(states[0]).toEqual({
      enabled: true,
      options: expect.objectContaining({
        hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
        holdKey: DEFAULT_SETTINGS.holdKey,
        highlightStyle: DEFAULT_SETTINGS.highlightStyle,
      }),
    });
    await setSiteEnabled({ host: 'portal.example.com', enabled: false });
    await vi.waitFor(() => expect(states.at(-1)?.enabled).toBe(false));
    await updateSettings({ highlightStyle: 'background' });
    await vi.waitFor(() => expect(states.at(-1)?.options.highlightStyle).toBe('background'));
    controller.abort();
  });

  it('does not report a change that does not concern this frame', async () => {
    const { states, controller } = gate('https://portal.example.com/');
    await vi.waitFor(() => expect(states).toHaveLength(1));
    await setSiteEnabled({ host: 'other.example.org', enabled: false });
    await updateSettings({ hoverDelayMs: 300 });
    await vi.waitFor(() => expect(states).toHaveLength(2));
    expect(states[1]?.options.hoverDelayMs).toBe(300);
    expect(states.every((s) => s.enabled)).toBe(true);
    controller.abort();
  });

  it('a managed policy forcing the site off turns the frame off live', async () => {
    const { states, controller } = gate('https://portal.example.com/');
    await vi.waitFor(() => expect(states).toHaveLength(1));
    await fakeBrowser.storage.managed.set({ forceDisabledHosts: ['*.example.com'] });
    await vi.waitFor(() => expect(states.at(-1)?.enabled).toBe(false));
    controller.abort();
  });

  it('stops after abort', async () => {
    const { states, controller } = gate('https://portal.example.com/');
    await vi.waitFor(() => expect(states).toHaveLength(1));
    controller.abort();
    await setSiteEnabled({ host: 'portal.example.com', enabled: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(states).toHaveLength(1);
  });
});

describe('the mirrored policy (storage.managed is slow right after the browser starts)', () => {
  it('decides at once from the mirror while storage.managed has not answered, then from the real policy', async () => {
    await fakeBrowser.storage.local.set({ policyMirror: { forceDisabledHosts: ['portal.example.com'] } });
    const answer = managedPolicyPending();
    const { states, controller } = gate('https://portal.example.com/');
    await vi.waitFor(() => expect(states).toEqual([expect.objectContaining({ enabled: false })]));
    answer({}); // the administrator has since removed the host
    await vi.waitFor(() => expect(states.at(-1)?.enabled).toBe(true));
    controller.abort();
  });

  it('without a mirror (fresh install) decides at once with no policy, then from the policy once known', async () => {
    const answer = managedPolicyPending();
    const { states, controller } = gate('https://portal.example.com/');
    await vi.waitFor(() => expect(states).toEqual([expect.objectContaining({ enabled: true })]));
    answer({ forceDisabledHosts: ['portal.example.com'] });
    await vi.waitFor(() => expect(states.at(-1)?.enabled).toBe(false));
    expect(states).toHaveLength(2);
    controller.abort();
  });

  it('without a mirror, the user’s own settings still apply while the policy is unknown', async () => {
    await setSiteEnabled({ host: 'portal.example.com', enabled: false });
    managedPolicyPending();
    const { states, controller } = gate('https://portal.example.com/');
    await vi.waitFor(() => expect(states).toEqual([expect.objectContaining({ enabled: false })]));
    controller.abort();
  });

  it('once the policy is known, a later answer from the mirror (or its absence) is ignored', async () => {
    await fakeBrowser.storage.managed.set({ forceDisabledHosts: ['portal.example.com'] });
    // The mirror read (storage.local) answers only after storage.managed has.
    let releaseMirror: () => void = () => {};
    const mirrorHeld = new Promise<void>((resolve) => {
      releaseMirror = resolve;
    });
    const localGet = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((async (keys: string) => {
      if (keys === 'policyMirror') await mirrorHeld;
      return localGet(keys);
    }) as never);
    const { states, controller } = gate('https://portal.example.com/');
    await vi.waitFor(() => expect(states).toEqual([expect.objectContaining({ enabled: false })]));
    releaseMirror();
    await new Promise((r) => setTimeout(r, 10));
    expect(states).toEqual([expect.objectContaining({ enabled: false })]);
    controller.abort();
  });

  it('a settings change takes effect at once while storage.managed has not answered', async () => {
    const answer = managedPolicyPending();
    const { states, controller } = gate('https://portal.example.com/');
    await vi.waitFor(() => expect(states).toEqual([expect.objectContaining({ enabled: true })]));
    // What the options page writes: "only listed sites", none listed. The policy is still unknown.
    await fakeBrowser.storage.local.set({ settings: { mode: 'only-listed', sites: [] }, settings$: { v: 2 } });
    await vi.waitFor(() => expect(states.at(-1)?.enabled).toBe(false));
    // The policy, once known, still decides over the provisional state.
    answer({ forceEnabledHosts: ['portal.example.com'] });
    await vi.waitFor(() => expect(states.at(-1)?.enabled).toBe(true));
    controller.abort();
  });

  it('the popup’s switch does not wait for storage.managed: the frame follows, the mirror’s locks hold', async () => {
    await fakeBrowser.storage.local.set({ policyMirror: { forceEnabledHosts: ['locked.example.com'] } });
    managedPolicyPending();
    const { states, controller } = gate('https://portal.example.com/');
    await vi.waitFor(() => expect(states).toHaveLength(1));
    expect(await setSiteEnabled({ host: 'portal.example.com', enabled: false })).toMatchObject({ enabled: false });
    await vi.waitFor(() => expect(states.at(-1)?.enabled).toBe(false));
    const locked = await setSiteEnabled({ host: 'locked.example.com', enabled: false });
    expect(locked).toMatchObject({ enabled: true, lockedBy: 'policy' });
    controller.abort();
  });

  it('mirrorPolicy copies the policy and writes only when it changed', async () => {
    await fakeBrowser.storage.managed.set({ lockedMode: 'only-listed' });
    await mirrorPolicy();
    expect((await fakeBrowser.storage.local.get('policyMirror')).policyMirror).toEqual({ lockedMode: 'only-listed' });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await mirrorPolicy();
    expect(set).not.toHaveBeenCalled();
  });
});
