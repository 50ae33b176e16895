/**
 * Gives the main thread back to the page between our slices of work: a MessageChannel message is
 * the fastest task that still lets input, rendering and the page's own tasks run first
 * (setTimeout(0) is clamped to 4 ms after a few nestings).
 *
 * Not `scheduler.yield()`: Chromium runs its continuations ahead of ordinary tasks, so a scan of a
 * big page held back the highlighter's after-frame report (an IntersectionObserver task,
 * highlight.ts) until the whole scan was done. Measured on the 40,000-node claims page: the first
 * mark came 160–220 ms after the scan started with it, 20–50 ms without it.
 */
export function yieldToPage(signal: AbortSignal): Promise<void> {
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
