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

/** The context's surface, as WXT's class has it. */
export interface ContentScriptContext {
  readonly signal: AbortSignal;
  readonly isValid: boolean;
  /** Unlike WXT's, returns no remover: the script keeps none. */
  onInvalidated(cb: () => void): void;
  /** `setTimeout` that does not run once the context is invalid, and is cleared on invalidation; returns no id. */
  setTimeout(handler: () => void, timeout?: number): void;
}

/**
 * `new ContentScriptContext(name)`, as WXT's generated entry calls it, with `name` the entrypoint's ("content"). A
 * function returning an object literal rather than a class: `new` on it gives that object, and the minified script
 * carries no `this.controller`/`this.signal` lookups (size pass 16). A declaration, never an arrow (biome rewrites
 * function expressions as arrows), since `new` cannot call an arrow.
 */
function createContext(name: string): ContentScriptContext {
  const controller = new AbortController();
  const signal = controller.signal;
  const type = `${browser.runtime?.id}:${name}:wxt:content-script-started`;
  const messageId = Math.random().toString(36).slice(2);
  document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId } }));
  document.addEventListener(
    type,
    (event) => {
      const detail = event instanceof CustomEvent ? event.detail : undefined;
      if (detail?.contentScriptName === name && detail.messageId !== messageId) controller.abort();
    },
    { signal },
  );
  const ctx: ContentScriptContext = {
    signal,
    get isValid() {
      if (browser.runtime?.id == null) controller.abort();
      return !signal.aborted;
    },
    onInvalidated(cb) {
      signal.addEventListener('abort', cb);
    },
    setTimeout(handler, timeout) {
      const id = setTimeout(() => {
        if (ctx.isValid) handler();
      }, timeout);
      ctx.onInvalidated(() => clearTimeout(id));
    },
  };
  return ctx;
}

export const ContentScriptContext = createContext as unknown as new (name: string) => ContentScriptContext;
