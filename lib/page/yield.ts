/**
 * Gives the main thread back to the page between our slices of work: a MessageChannel message is
 * the fastest task that still lets input, rendering and the page's own tasks run first
 * (setTimeout(0) is clamped to 4 ms after a few nestings).
 *
 * Not `scheduler.yield()`: Chromium runs its continuations ahead of ordinary tasks, so a scan of a
 * big page held back the highlighter's after-frame report (an IntersectionObserver task,
 * highlight.ts) until the whole scan was done. Measured on the 40,000-node claims page: the first
 * mark came 160–220 ms after the scan started with it, 20–50 ms without it.
 *
 * One channel for the scanner's lifetime, not one per yield: a live page yields once a frame, and a
 * channel and its ports per yield were garbage every frame. Closed when `signal` aborts; a yield
 * still waiting then resolves.
 */
export function createYield(signal: AbortSignal): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  const wake = () => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  channel.port1.onmessage = () => waiting.shift()?.();
  signal.addEventListener('abort', () => {
    channel.port1.close();
    wake();
  });
  return () =>
    new Promise((resolve) => {
      waiting.push(resolve);
      if (signal.aborted) wake();
      else channel.port2.postMessage(null);
    });
}
