/** An extension event (`browser.storage.onChanged`, `browser.runtime.onMessage`…), as far as listenUntil uses it. */
interface ExtensionEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/**
 * Adds `listener` to the event `event()` gives, and removes it when `signal` aborts. `event` is asked again then: after
 * an update the old content script may have lost `browser.storage` or `browser.runtime` (undefined), and a throw there
 * would surface as an uncaught error on the page (test/e2e/hostile/lifecycle.spec.ts). One shared helper: the content
 * script adds three such listeners (size pass 16).
 */
export function listenUntil<L>(event: () => ExtensionEvent<L> | undefined, listener: L, signal: AbortSignal): void {
  (event() as ExtensionEvent<L>).addListener(listener);
  signal.addEventListener('abort', () => event()?.removeListener(listener));
}
