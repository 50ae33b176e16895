/**
 * What `wxt/utils/content-script-context` resolves to in the content script (wxt.config.ts aliases it there): the
 * part of WXT's `ContentScriptContext` the script uses (`signal`, `isValid`, `onInvalidated`, `setTimeout`), ~0.6 KB
 * gzip smaller. WXT's class also carries a location watcher, a custom event class, interval, frame and idle wrappers,
 * a `window.postMessage` kept for WXT versions before 0.20 (this extension has shipped none; the message showed the
 * page our extension id) and a logger that is silent in production.
 *
 * Invalidation is WXT's: a newer copy of the script (re-injected after an update, lib/background/reinject.ts)
 * announces itself with the same document event WXT's class sends and listens for, so either class stops the other;
 * and a timer that fires after the extension is gone (`runtime.id` unset) aborts instead of running.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;

  /** `name` is the entrypoint's ("content"), as WXT's generated entry passes it. */
  constructor(name: string) {
    const type = `${browser.runtime?.id}:${name}:wxt:content-script-started`;
    const messageId = Math.random().toString(36).slice(2);
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId } }));
    document.addEventListener(
      type,
      (event) => {
        const detail = event instanceof CustomEvent ? event.detail : undefined;
        if (detail?.contentScriptName === name && detail.messageId !== messageId) this.controller.abort();
      },
      { signal: this.signal },
    );
  }

  get isValid(): boolean {
    if (browser.runtime?.id == null) this.controller.abort();
    return !this.signal.aborted;
  }

  /** Unlike WXT's, returns no remover and (setTimeout) no id: the script keeps neither. */
  onInvalidated(cb: () => void): void {
    this.signal.addEventListener('abort', cb);
  }

  /** `setTimeout` that does not run once the context is invalid, and is cleared on invalidation. */
  setTimeout(handler: () => void, timeout?: number): void {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
  }
}
