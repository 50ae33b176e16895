/**
 * The page engine on the viewer's own document: the same annotator, hover, popover, badge
 * counts and "On this page" answers the content script wires (entrypoints/content/index.ts), with
 * one difference: the site that decides whether it runs, and with which settings, is the PDF's
 * own (`siteUrl`), not the extension's. pdf.js text layers are ordinary text in this document, so
 * the annotator's MutationObserver scans each page's text as pdf.js adds it.
 */
import { codes } from 'virtual:cpt-lens/codes';
import { type Annotator, type HighlightStyle, startAnnotator } from '../page/annotator';
import { reportCounts } from '../page/content-messages';
import { DEFAULT_HOVER_OPTIONS, type HoverOptions, startHover } from '../page/hover';
import { watchSiteGate } from '../page/site-gate';
import { answerViewerMessages } from './viewer-messages';

export interface ViewerEngine {
  /** The running annotator; undefined while the PDF's site is switched off. */
  current(): Annotator | undefined;
  /** Whether the PDF's site is on; called on every change. */
  onEnabledChange(callback: (enabled: boolean) => void): void;
}

export function startViewerEngine({
  doc,
  siteUrl,
  tabId,
  signal,
}: {
  doc: Document;
  /** The PDF's URL (http, https, file); a hand-picked local file passes a file: URL. */
  siteUrl: string;
  /** This viewer's tab, for the popup's questions; undefined when not in a tab. */
  tabId: number | undefined;
  signal: AbortSignal;
}): ViewerEngine {
  const known = new Set(codes);
  let running: { annotator: Annotator; controller: AbortController } | undefined;
  let hoverOptions: HoverOptions = DEFAULT_HOVER_OPTIONS;
  const enabledListeners = new Set<(enabled: boolean) => void>();

  function enable(style: HighlightStyle): void {
    if (running) {
      running.annotator.setStyle(style);
      return;
    }
    const controller = new AbortController();
    const runSignal = AbortSignal.any([signal, controller.signal]);
    const annotator = startAnnotator(doc, known, runSignal, style);
    reportCounts(annotator, runSignal);
    startHover(annotator, doc, runSignal, () => hoverOptions);
    running = { annotator, controller };
  }

  function disable(): void {
    running?.controller.abort();
    running = undefined;
  }

  if (tabId !== undefined) answerViewerMessages({ tabId, signal, current: () => running?.annotator });
  signal.addEventListener('abort', disable, { once: true });
  watchSiteGate(
    signal,
    (enabled, options) => {
      hoverOptions = { hoverDelayMs: options.hoverDelayMs, holdKey: options.holdKey };
      if (enabled) enable(options.highlightStyle);
      else disable();
      for (const listener of enabledListeners) listener(enabled);
    },
    siteUrl,
  );

  return {
    current: () => running?.annotator,
    onEnabledChange: (callback) => {
      enabledListeners.add(callback);
    },
  };
}
