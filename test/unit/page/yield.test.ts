import { afterEach, describe, expect, it, vi } from 'vitest';
import { createYield } from '../../../lib/page/yield';

describe('createYield', () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  it('yields with an ordinary task, not scheduler.yield (whose continuations starve the after-frame report)', async () => {
    const schedulerYield = vi.fn(() => Promise.resolve());
    Object.assign(globalThis, { scheduler: { yield: schedulerYield } });
    let ran = false;
    const timer = new Promise<void>((resolve) => setTimeout(() => resolve(), 0));
    await createYield(new AbortController().signal)().then(() => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(schedulerYield).not.toHaveBeenCalled();
    await timer;
  });

  it('resolves at once when the content script is already gone', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createYield(controller.signal)()).resolves.toBeUndefined();
  });
});
