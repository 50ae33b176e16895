import { codes } from 'virtual:cpt-lens/codes';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: { chrome: true },
  runAt: 'document_idle',
  main(ctx) {
    // Boot marker for the e2e harness: an attribute would mutate the page, so use a DOM-free signal.
    const known = new Set(codes);
    ctx.onInvalidated(() => known.clear());
  },
});
