/**
 * The viewer's state: the one document shown (its pdf.js view and its original bytes) and the page
 * engine running over it under the settings of the document's own site. Opening another document
 * replaces all three. How a document arrives (`?file=` URL, picker, drop) ends here.
 */
import { hostOf } from '../sites';
import { startViewerEngine, type ViewerEngine } from './engine';
import { fetchDocument } from './fetch-document';
import { loadErrorMessage, noTextMessage, type ViewerMessage } from './load-error';
import type { OriginalFile } from './original-file';
import { openPdf, type PdfAssets, type PdfView } from './pdf-view';
import type { ViewerElements } from './viewer-elements';
import { showDocumentUi, showMessage, showNoPanel } from './viewer-panels';
import { fileNameOf, fileParamOf } from './viewer-url';

/** What the toolbar says while CPT Lens is off for the document's site (pure); empty while on. */
export function siteStateText({ enabled, siteUrl }: { enabled: boolean; siteUrl: string }): string {
  if (enabled) return '';
  const host = hostOf(siteUrl);
  return `CPT Lens is off${host ? ` on ${host}` : ' for local files'}.`;
}

export const NOT_FETCHABLE: ViewerMessage = {
  kind: 'error',
  title: 'CPT Lens opens PDFs from web addresses and local files only.',
  detail: 'The address given is not one of those, so nothing was fetched.',
};

export interface ViewerSession {
  view(): PdfView | undefined;
  original(): OriginalFile | undefined;
  /** The running engine (the bench reads its annotator's stats). */
  engine(): ViewerEngine | undefined;
  openUrl(file: string): Promise<void>;
  openLocalFile(file: File): Promise<void>;
  /** Opens what the page's query asks for: `?file=` fetches it; no parameter shows the empty panel. */
  openFromQuery(search: string): void;
}

export function createViewerSession({
  doc,
  ui,
  assets,
  tabId,
  onOpened,
}: {
  doc: Document;
  ui: ViewerElements;
  assets: PdfAssets;
  /** This viewer's tab, for the popup's "On this page"; undefined outside a tab. */
  tabId: () => Promise<number | undefined>;
  /** A document is shown: the toolbar and find bar follow it. */
  onOpened: (view: PdfView) => void;
}): ViewerSession {
  let view: PdfView | undefined;
  let original: OriginalFile | undefined;
  let engineRun: AbortController | undefined;
  let running: ViewerEngine | undefined;

  /** Runs the page engine under the settings of `siteUrl`'s site, replacing any earlier run. */
  async function startEngine(siteUrl: string): Promise<void> {
    engineRun?.abort();
    const controller = new AbortController();
    engineRun = controller;
    const id = await tabId();
    if (controller.signal.aborted) return;
    running = startViewerEngine({ doc, siteUrl, tabId: id, signal: controller.signal });
    running.onEnabledChange((enabled) => {
      ui.siteState.textContent = siteStateText({ enabled, siteUrl });
    });
  }

  async function show({ bytes, name, siteUrl }: { bytes: Uint8Array; name: string; siteUrl: string }): Promise<void> {
    showMessage(ui, undefined);
    await view?.destroy().catch(() => {});
    view = undefined;
    original = { bytes, name };
    ui.docName.textContent = name;
    doc.title = `${name} · CPT Lens`;
    try {
      view = await openPdf({ data: bytes, container: ui.container, viewer: ui.viewer, assets });
    } catch (error) {
      showNoPanel(ui);
      showMessage(ui, loadErrorMessage(error));
      return;
    }
    performance.mark('cpt-lens:pdf-opened');
    showDocumentUi(ui, true);
    void startEngine(siteUrl);
    const opened = view;
    void opened.firstPageRendered.then(() => performance.mark('cpt-lens:first-page-rendered'));
    onOpened(opened);
    ui.container.focus({ preventScroll: true });
    if (!(await opened.hasText().catch(() => true)) && view === opened) showMessage(ui, noTextMessage());
  }

  async function openUrl(file: string): Promise<void> {
    const name = fileNameOf(file);
    ui.docName.textContent = name;
    let bytes: Uint8Array;
    try {
      // The one request the viewer makes: the document the user had open, with their session.
      bytes = await fetchDocument(file);
      performance.mark('cpt-lens:pdf-fetched');
    } catch (error) {
      ui.empty.hidden = true;
      showMessage(
        ui,
        loadErrorMessage(error instanceof Error && error.name === 'ResponseException' ? error : { name: 'FetchError' }),
      );
      return;
    }
    await show({ bytes, name, siteUrl: file });
  }

  return {
    view: () => view,
    original: () => original,
    engine: () => running,
    openUrl,
    async openLocalFile(file) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A file picked by hand has no site: the mode in Options decides, as for file:// pages.
      await show({ bytes, name: file.name, siteUrl: `file:///${encodeURIComponent(file.name)}` });
    },
    openFromQuery(search) {
      const { file, invalid } = fileParamOf(search);
      if (file) {
        showNoPanel(ui);
        void openUrl(file);
      } else if (invalid) {
        showNoPanel(ui);
        showMessage(ui, NOT_FETCHABLE);
      } else {
        showDocumentUi(ui, false);
      }
    },
  };
}
