import '../../lib/page/highlight.css';
import { codes } from 'virtual:cpt-lens/codes';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type Annotator, type HighlightStyle, startAnnotator } from '../../lib/page/annotator';
import { answerPageMessages, reportCounts } from '../../lib/page/content-messages';
import { createFocusMark } from '../../lib/page/focus-mark';
import { startHover } from '../../lib/page/hover';
import { watchKnownCodes } from '../../lib/page/known-codes';
import { markRunning } from '../../lib/page/running-mark';
import { watchSiteGate } from '../../lib/page/site-gate';
import { startTravel, type Travel } from '../../lib/page/travel';
import { DEFAULT_SETTINGS, type PageOptions } from '../../lib/settings-read';

export default defineContentScript({
  // manifest: start. WXT reads these from this file to write the manifest; the script never reads them, so the
  // content-script build cuts the lines up to "manifest: end" from its bundle (wxt.config.ts, 66 B gzip).
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: { chrome: true },
  runAt: 'document_idle',
  // manifest: end
  main(ctx) {
    // Evaluating the script (compile and module set-up) is one task of the page's; the start is its
    // own task, so on a huge page the two do not add up past 50 ms (test/e2e/hostile/big-page.spec.ts
    // measured the first evaluation at 35–62 ms CPU with both in it).
    ctx.setTimeout(() => start(ctx), 0);
  },
});

function start(ctx: ContentScriptContext): void {
  let known = new Set(codes);
  // While detection runs, its annotator, the controller that stops it and its travel (all set, or none): three
  // variables, not one object, whose key names the minified script would carry.
  let annotator: Annotator | undefined;
  let running: AbortController | undefined;
  let travel: Travel | undefined;
  /**
   * Hover delay, hold key and highlight style: the site gate (lib/page/site-gate.ts) keeps this current, and its first
   * report comes before any enable(), so a restart takes its highlight style from here. The
   * settings' defaults until then, already in the bundle (DEFAULT_HOVER_OPTIONS is not).
   */
  let options: PageOptions = DEFAULT_SETTINGS;

  /** Starts detection in this frame (idempotent); everything it starts stops on disable() or invalidation. */
  function enable(style: HighlightStyle): void {
    if (annotator) {
      annotator.setStyle(style);
      return;
    }
    const controller = new AbortController();
    const signal = AbortSignal.any([ctx.signal, controller.signal]);
    const started = startAnnotator(document, known, signal, style);
    reportCounts(started, signal);
    const mark = createFocusMark(document, signal);
    const hover = startHover(started, document, signal, () => options, mark.clear);
    travel = startTravel(document, started, hover, mark);
    running = controller;
    annotator = started;
  }

  /** Stops detection and drops every highlight, observer and index entry; holds nothing after. */
  function disable(): void {
    running?.abort();
    annotator = running = travel = undefined;
  }

  answerPageMessages(
    ctx.signal,
    () => annotator,
    () => travel,
  );
  // The organization's publications add codes live: restart detection with the new set.
  watchKnownCodes(codes, ctx.signal, (next) => {
    known = next;
    if (!annotator) return;
    disable();
    enable(options.highlightStyle);
  });
  // `npm run bench` builds with WXT_CPT_LENS_BENCH=1 to read scan timings from this isolated world
  // (the page cannot see it); other builds drop the line.
  if (import.meta.env.WXT_CPT_LENS_BENCH === '1') {
    Object.assign(globalThis, { __cptLensBench: { stats: () => annotator?.stats() } });
  }
  ctx.onInvalidated(disable);
  // Tells the background this frame already runs the script, so an install does not inject a
  // second copy that would restart everything (lib/background/reinject.ts).
  markRunning(ctx.signal);
  // Settings + managed policy decide whether this frame runs, live: a toggle anywhere reaches
  // every frame through storage.onChanged, with no reload.
  watchSiteGate(ctx.signal, (enabled, next) => {
    // The hover reads its two (delay, hold key) and never the style.
    options = next;
    if (enabled) enable(options.highlightStyle);
    else disable();
  });
}
