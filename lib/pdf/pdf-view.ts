/**
 * pdf.js behind a small interface: open bytes, show the pages (rendered lazily around the
 * viewport by pdf.js's PDFViewer, each with a real text layer), navigate, zoom, find. Everything
 * pdf.js loads at run time comes from the extension itself (modules/pdfjs-assets.ts): the
 * worker, the CMaps, the standard fonts and the image decoders. The legacy build keeps the
 * manifest's minimum browser versions true.
 */
import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Folder of pdf.js's run-time files in the built extension (modules/pdfjs-assets.ts). */
export interface PdfAssets {
  /** e.g. chrome-extension://…/pdfjs/ (with the trailing slash) */
  base: string;
}

export type ScaleValue = 'page-width' | 'page-fit' | 'auto' | string;

export interface FindState {
  /** 0 found, 1 not found, 2 wrapped, 3 pending (pdf.js FindState) */
  state: number;
  current: number;
  total: number;
}

export interface PdfView {
  readonly pageCount: number;
  readonly document: PDFDocumentProxy;
  currentPage: number;
  scaleValue: ScaleValue;
  readonly scale: number;
  onPageChange(callback: (page: number) => void): void;
  onScaleChange(callback: (scale: number, value: ScaleValue) => void): void;
  onFind(callback: (state: FindState) => void): void;
  /** Resolves when the first page has been rendered (canvas and text layer). */
  firstPageRendered: Promise<void>;
  zoom(steps: number): void;
  /** Re-applies a fit mode (page width, page fit, automatic) after the window changed size. */
  refit(): void;
  find(query: string, { again, previous }: { again: boolean; previous: boolean }): void;
  closeFind(): void;
  /** Whether the first pages carry any text at all (false: a scan). */
  hasText(): Promise<boolean>;
  destroy(): Promise<void>;
}

const MIN_SCALE = 0.25;
const MAX_SCALE = 5;
const ZOOM_FACTOR = 1.2;
/** Pages looked at for text before calling a document a scan: enough for a cover page or two. */
const TEXT_PROBE_PAGES = 5;

type PdfjsLib = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type ViewerModule = typeof import('pdfjs-dist/legacy/web/pdf_viewer.mjs');

let loaded: Promise<{ pdfjsLib: PdfjsLib; viewer: ViewerModule; worker: PDFWorker }> | undefined;

/**
 * Loads pdf.js, its viewer components and its worker, once. Call it as early as possible: the
 * page's own script is small, and this runs while the document is still being fetched.
 * pdf_viewer.mjs reads pdf.js from `globalThis.pdfjsLib` when it is evaluated, so it loads after.
 */
export function loadPdfjs(assets: PdfAssets) {
  loaded ??= (async () => {
    const pdfjsLib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    pdfjsLib.GlobalWorkerOptions.workerSrc = `${assets.base}pdf.worker.min.mjs`;
    // Starting the worker now overlaps its (large) script's load with the fetch and the viewer's.
    const worker = new pdfjsLib.PDFWorker();
    Object.assign(globalThis, { pdfjsLib });
    const viewer = await import('pdfjs-dist/legacy/web/pdf_viewer.mjs');
    return { pdfjsLib, viewer, worker };
  })();
  return loaded;
}

/**
 * Parses `data` and shows it in `container` (an absolutely positioned scroller holding the
 * `.pdfViewer` element `viewer`). Rejects with pdf.js's named errors (PasswordException,
 * InvalidPDFException, …) for documents it cannot open; lib/pdf/load-error.ts words them.
 */
export async function openPdf({
  data,
  container,
  viewer,
  assets,
}: {
  data: Uint8Array;
  container: HTMLDivElement;
  viewer: HTMLDivElement;
  assets: PdfAssets;
}): Promise<PdfView> {
  const { pdfjsLib, viewer: viewerModule, worker } = await loadPdfjs(assets);
  const { EventBus, PDFLinkService, PDFFindController, PDFViewer, LinkTarget } = viewerModule;
  const task = pdfjsLib.getDocument({
    worker,
    // pdf.js transfers the buffer to its worker: keep the caller's copy intact for download/print.
    data: data.slice(),
    cMapUrl: `${assets.base}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets.base}standard_fonts/`,
    wasmUrl: `${assets.base}wasm/`,
    // Extension pages forbid eval (MV3 CSP); pdf.js then draws glyphs without compiled paths.
    isEvalSupported: false,
    enableXfa: false,
  });
  // No password prompt: an encrypted file fails with PasswordException, and the page says so.
  task.onPassword = () => {
    void task.destroy();
  };
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    throw error;
  }

  const eventBus = new EventBus();
  const linkService = new PDFLinkService({
    eventBus,
    externalLinkTarget: LinkTarget.BLANK,
    externalLinkRel: 'noopener noreferrer nofollow',
  });
  const findController = new PDFFindController({ eventBus, linkService });
  const pdfViewer = new PDFViewer({
    container,
    viewer,
    eventBus,
    linkService,
    findController,
    annotationMode: pdfjsLib.AnnotationMode.ENABLE,
    textLayerMode: 1,
  });
  linkService.setViewer(pdfViewer);
  const firstPageRendered = new Promise<void>((resolve) => {
    const onRendered = ({ pageNumber }: { pageNumber: number }) => {
      if (pageNumber !== 1) return;
      eventBus.off('textlayerrendered', onRendered);
      resolve();
    };
    eventBus.on('textlayerrendered', onRendered);
  });
  eventBus.on('pagesinit', () => {
    pdfViewer.currentScaleValue = 'page-width';
  });
  pdfViewer.setDocument(pdf);
  linkService.setDocument(pdf, null);

  let lastQuery = '';
  return {
    get pageCount() {
      return pdf.numPages;
    },
    document: pdf,
    get currentPage() {
      return pdfViewer.currentPageNumber;
    },
    set currentPage(page: number) {
      pdfViewer.currentPageNumber = Math.min(Math.max(1, Math.round(page)), pdf.numPages);
    },
    get scaleValue() {
      return pdfViewer.currentScaleValue;
    },
    set scaleValue(value: ScaleValue) {
      pdfViewer.currentScaleValue = value;
    },
    get scale() {
      return pdfViewer.currentScale;
    },
    onPageChange(callback) {
      eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => callback(pageNumber));
    },
    onScaleChange(callback) {
      eventBus.on('scalechanging', ({ scale, presetValue }: { scale: number; presetValue?: string }) =>
        callback(scale, presetValue ?? String(scale)),
      );
    },
    onFind(callback) {
      let last: FindState = { state: 3, current: 0, total: 0 };
      eventBus.on(
        'updatefindcontrolstate',
        ({ state, matchesCount }: { state: number; matchesCount: { current: number; total: number } }) => {
          last = { state, current: matchesCount?.current ?? 0, total: matchesCount?.total ?? 0 };
          callback(last);
        },
      );
      eventBus.on(
        'updatefindmatchescount',
        ({ matchesCount }: { matchesCount: { current: number; total: number } }) => {
          last = { ...last, current: matchesCount.current, total: matchesCount.total };
          callback(last);
        },
      );
    },
    firstPageRendered,
    zoom(steps) {
      let scale = pdfViewer.currentScale;
      for (let i = 0; i < Math.abs(steps); i++) scale = steps > 0 ? scale * ZOOM_FACTOR : scale / ZOOM_FACTOR;
      pdfViewer.currentScale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(scale * 100) / 100));
    },
    refit() {
      const value = pdfViewer.currentScaleValue;
      if (value === 'page-width' || value === 'page-fit' || value === 'auto') pdfViewer.currentScaleValue = value;
    },
    find(query, { again, previous }) {
      const type = again && query === lastQuery ? 'again' : '';
      lastQuery = query;
      eventBus.dispatch('find', {
        source: null,
        type,
        query,
        caseSensitive: false,
        entireWord: false,
        highlightAll: true,
        findPrevious: previous,
        matchDiacritics: false,
      });
    },
    closeFind() {
      lastQuery = '';
      eventBus.dispatch('findbarclose', { source: null });
    },
    async hasText() {
      const probe = Math.min(pdf.numPages, TEXT_PROBE_PAGES);
      for (let n = 1; n <= probe; n++) {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        if (content.items.some((item) => 'str' in item && item.str.trim() !== '')) return true;
      }
      return false;
    },
    async destroy() {
      pdfViewer.setDocument(null as unknown as PDFDocumentProxy);
      await pdf.destroy();
    },
  };
}
