/**
 * A flag in the extension's isolated world saying a live content script runs in this frame.
 * `scripting.executeScript` functions run in that same world, so the background can read it
 * (lib/background/reinject.ts `frameHasScript`) before injecting after an install: a page loaded
 * just after the install already has the declared script, and a second copy would invalidate it
 * and start over, dropping a hover that had landed meanwhile.
 */
export const RUNNING_FLAG = '__cptLensRunning';

export function markRunning(signal: AbortSignal): void {
  const scope = globalThis as Record<string, unknown>;
  scope[RUNNING_FLAG] = true;
  signal.addEventListener('abort', () => delete scope[RUNNING_FLAG]);
}
