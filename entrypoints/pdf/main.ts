/**
 * The PDF viewer page (/pdf.html): thin wiring of lib/pdf to this page. `?file=<URL>` fetches
 * that one document; no parameter offers a file picker and drag-and-drop. The page engine
 * (marks, hover cards, pin, Esc, badge, "On this page") runs on pdf.js's text layers under the
 * settings of the PDF's own site.
 */
import 'pdfjs-dist/legacy/web/pdf_viewer.css';
import '../../lib/page/highlight.css';
import './style.css';
import { browser } from 'wxt/browser';
import { bindFileOpening, NOT_A_PDF } from '../../lib/pdf/file-drop';
import { createFindBar } from '../../lib/pdf/find-bar';
import { printOriginal, saveOriginal } from '../../lib/pdf/original-file';
import { loadPdfjs } from '../../lib/pdf/pdf-view';
import { bindToolbar, followDocument } from '../../lib/pdf/toolbar';
import { viewerElements } from '../../lib/pdf/viewer-elements';
import { showMessage } from '../../lib/pdf/viewer-panels';
import { createViewerSession } from '../../lib/pdf/viewer-session';

const ui = viewerElements(document);
const assets = { base: browser.runtime.getURL('/pdfjs/' as '/') };

async function currentTabId(): Promise<number | undefined> {
  try {
    return (await browser.tabs.getCurrent())?.id;
  } catch {
    return undefined;
  }
}

// The find bar and the session refer to each other: the bar searches the session's document.
const findBar = createFindBar({ ui, view: () => session.view() });
const session = createViewerSession({
  doc: document,
  ui,
  assets,
  tabId: currentTabId,
  onOpened: (view) => {
    followDocument({ ui, view });
    findBar.follow(view);
  },
});
// `npm run bench` builds with WXT_CPT_LENS_BENCH=1 to read the annotator's timings; other builds drop this.
if (import.meta.env.WXT_CPT_LENS_BENCH === '1') {
  Object.assign(globalThis, { __cptLensBench: { stats: () => session.engine()?.current()?.stats() } });
}

function withOriginal(action: typeof saveOriginal): () => void {
  return () => {
    const original = session.original();
    if (original) action({ doc: document, original });
  };
}

bindFileOpening({
  doc: document,
  input: ui.fileInput,
  onFile: (file) => void session.openLocalFile(file),
  onNotPdf: () => showMessage(ui, NOT_A_PDF),
});
bindToolbar({
  ui,
  win: window,
  view: session.view,
  onFind: findBar.open,
  onPrint: withOriginal(printOriginal),
  onSave: withOriginal(saveOriginal),
});
// pdf.js loads while the document is fetched (or the user picks a file).
void loadPdfjs(assets).catch(() => {});
session.openFromQuery(location.search);
