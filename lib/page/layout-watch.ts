/**
 * Calls `onResize` whenever the document's root box changes size, including its first layout.
 *
 * Why: the highlighter measures where matches are after a scan and then only on scroll, resize and
 * page mutations. Two cases gave none of those, and the codes stayed unmarked for good:
 * - A cross-origin (out-of-process) frame can run our first measure before the renderer has laid it
 *   out: under load, test/e2e/hostile/frames.spec.ts saw `innerHeight` already 60 but every element
 *   0×0 (documentElement included). Its viewport size was set before we listened, so no `resize`
 *   event followed; the frame's first layout came a few frames later, with nothing to tell us.
 * - A page that hides its body until its scripts are ready (`html.loading body {display: none}`)
 *   and reveals it with a class change: an attribute change, which asks for no re-measure.
 * A ResizeObserver reports the root's size in the rendering step that lays it out, once per change.
 * Positional: an options object costs its key names in the minified content script.
 */
export function watchLayoutSize(doc: Document, signal: AbortSignal, onResize: () => void): void {
  // In every browser the manifest allows (Chrome 125+, Firefox 142+).
  const observer = new ResizeObserver(() => signal.aborted || onResize());
  observer.observe(doc.documentElement);
  signal.addEventListener('abort', () => observer.disconnect());
}
