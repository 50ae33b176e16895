import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '../../../lib/page/script-context';

/** The document event WXT's ContentScriptContext sends and listens for (wxt/dist/utils/internal/custom-events.mjs). */
const STARTED = `${browser.runtime.id}:content:wxt:content-script-started`;

afterEach(() => {
  vi.useRealTimers();
});

describe('ContentScriptContext (the content script build of wxt/utils/content-script-context)', () => {
  it('announces itself with WXT’s event, name and a fresh id', () => {
    const seen: unknown[] = [];
    const listener = (event: Event) => seen.push((event as CustomEvent).detail);
    document.addEventListener(STARTED, listener);
    const ctx = new ContentScriptContext('content');
    document.removeEventListener(STARTED, listener);
    expect(seen).toEqual([{ contentScriptName: 'content', messageId: expect.stringMatching(/^[0-9a-z]+$/) }]);
    expect(ctx.isValid).toBe(true);
    expect(ctx.signal.aborted).toBe(false);
  });

  it('a newer copy of the same script invalidates the older one, not itself', () => {
    const old = new ContentScriptContext('content');
    const invalidated = vi.fn();
    old.onInvalidated(invalidated);
    const newer = new ContentScriptContext('content');
    expect(old.signal.aborted).toBe(true);
    expect(old.isValid).toBe(false);
    expect(invalidated).toHaveBeenCalledTimes(1);
    expect(newer.isValid).toBe(true);
    // The old one no longer listens: a third copy stops only the second.
    const third = new ContentScriptContext('content');
    expect(newer.signal.aborted).toBe(true);
    expect(third.isValid).toBe(true);
    expect(invalidated).toHaveBeenCalledTimes(1);
  });

  it('another script’s announcement, or a plain event of the same name, changes nothing', () => {
    const ctx = new ContentScriptContext('content');
    new ContentScriptContext('other');
    document.dispatchEvent(new Event(STARTED));
    document.dispatchEvent(new CustomEvent(STARTED, { detail: null }));
    expect(ctx.isValid).toBe(true);
  });

  it('setTimeout runs while valid, and never after invalidation', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('content');
    const ran = vi.fn();
    ctx.setTimeout(ran, 10);
    vi.advanceTimersByTime(10);
    expect(ran).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    ctx.setTimeout(late, 10);
    new ContentScriptContext('content');
    vi.advanceTimersByTime(10);
    expect(late).not.toHaveBeenCalled();
  });

  it('a timer that fires after the extension is gone (runtime.id unset) invalidates instead of running', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('content');
    const ran = vi.fn();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    ctx.setTimeout(ran, 0);
    const id = browser.runtime.id;
    try {
      (browser.runtime as { id?: string }).id = undefined;
      vi.advanceTimersByTime(0);
    } finally {
      (browser.runtime as { id?: string }).id = id;
    }
    expect(ran).not.toHaveBeenCalled();
    expect(invalidated).toHaveBeenCalledTimes(1);
    expect(ctx.signal.aborted).toBe(true);
  });
});
