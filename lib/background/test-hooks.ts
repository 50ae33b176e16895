/**
 * Hooks for the e2e tests, on the service worker's global `__cptLensTest`. Headless Chromium
 * cannot open a context menu or press an extension shortcut, and `contextMenus.onClicked`
 * cannot be dispatched from script, so test/e2e/settings.spec.ts calls the very listener the
 * background registered (it first checks `isLookupListenerRegistered()`); test/e2e/keyboard.spec.ts
 * runs the travel and selection commands' handlers.
 *
 * Shipped in every build, deliberately: the e2e suite runs against the production build, and a
 * service worker's global is reachable only from the extension itself (and DevTools), never from
 * a web page or a content script. The hooks only call what the background already does.
 */
import { browser } from 'wxt/browser';
import { onLookupMenuClicked } from './context-menu';
import { reinjectContentScripts } from './reinject';
import { onSelectionCommand } from './selection-command';
import { toggleSiteOf } from './toggle-command';
import { onTravelCommand } from './travel-command';

export function exposeTestHooks({ lookupListener }: { lookupListener: (...args: never[]) => void }): void {
  Object.defineProperty(globalThis, '__cptLensTest', {
    value: Object.freeze({
      lookupListener,
      isLookupListenerRegistered: () => browser.contextMenus.onClicked.hasListener(lookupListener as never),
      onLookupMenuClicked,
      toggleSiteOf,
      reinjectContentScripts,
      // Keyboard travel and selection lookup (lib/travel-tab.ts): what the shortcuts run.
      onTravelCommand,
      onSelectionCommand,
    }),
    configurable: true,
  });
}
