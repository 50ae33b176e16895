/**
 * Gives the main thread back to the page between our slices of work.
 * `scheduler.yield()` (Chromium 129+) resumes us ahead of other queued tasks once the page has
 * had its turn; elsewhere a MessageChannel message is the fastest task that still lets input and
 * rendering run first (setTimeout(0) is clamped to 4 ms after a few nestings).
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToPage(signal: AbortSignal): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    if (signal.aborted) resolve();
    else channel.port2.postMessage(null);
  });
}
