/**
 * What `wxt/browser` resolves to in the content script (wxt.config.ts aliases it there): the
 * browser's own extension API, without webextension-polyfill. The polyfill cost ~3 KB gzip of the
 * content script's 40 KB budget, and the content script needs none of it: Chromium's MV3 `chrome.*`
 * calls return promises, and Firefox has a native `browser`. The one difference that matters is a
 * message listener returning a promise (Firefox's way; Chromium ignores it), so the content script's
 * listeners answer with `sendResponse` and `return true`, which both browsers honour
 * (lib/page/content-messages.ts).
 */
type Api = typeof import('webextension-polyfill');
const scope = globalThis as unknown as { browser?: Api; chrome?: Api };

export const browser: Api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Api;
