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
import { startViewerEngine, type ViewerEngine } from '../../lib/pdf/engine';
import { fetchDocument } from '../../lib/pdf/fetch-document';
import { loadErrorMessage, noTextMessage, type ViewerMessage } from '../../lib/pdf/load-error';
import { loadPdfjs, openPdf, type PdfView } from '../../lib/pdf/pdf-view';
import { fileNameOf, fileParamOf } from '../../lib/pdf/viewer-url';
import { hostOf } from '../../lib/sites';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const ui = {
  fileInput: $<HTMLInputElement>('file-input'),
  docName: $('doc-name'),
  nav: $('nav'),
  zoom: $('zoom'),
  actions: $('actions'),
  prev: $<HTMLButtonElement>('prev-page'),
  next: $<HTMLButtonElement>('next-page'),
  pageNumber: $<HTMLInputElement>('page-number'),
  pageCount: $('page-count'),
  zoomOut: $<HTMLButtonElement>('zoom-out'),
  zoomIn: $<HTMLButtonElement>('zoom-in'),
  scale: $<HTMLSelectElement>('scale'),
  customScale: $<HTMLOptionElement>('custom-scale'),
  findToggle: $<HTMLButtonElement>('find-toggle'),
  print: $<HTMLButtonElement>('print'),
  download: $<HTMLButtonElement>('download'),
  siteState: $('site-state'),
  findbar: $('findbar'),
  findInput: $<HTMLInputElement>('find-input'),
  findPrev: $<HTMLButtonElement>('find-prev'),
  findNext: $<HTMLButtonElement>('find-next'),
  findStatus: $('find-status'),
  findClose: $<HTMLButtonElement>('find-close'),
  message: $('message'),
  messageTitle: $('message-title'),
  messageDetail: $('message-detail'),
  empty: $('empty'),
  container: $<HTMLDivElement>('viewer-container'),
  viewer: $<HTMLDivElement>('viewer'),
};

const assets = { base: browser.runtime.getURL('/pdfjs/' as '/') };
let view: PdfView | undefined;
let original: { bytes: Uint8Array; name: string } | undefined;
let engine: AbortController | undefined;
let running: ViewerEngine | undefined;
// `npm run bench` builds with WXT_CPT_LENS_BENCH=1 to read the annotator's timings; other builds drop this.
if (import.meta.env.WXT_CPT_LENS_BENCH === '1') {
  Object.assign(globalThis, { __cptLensBench: { stats: () => running?.current()?.stats() } });
}

function showMessage(message: ViewerMessage | undefined): void {
  ui.message.hidden = !message;
  if (!message) return;
  ui.message.className = `message ${message.kind}`;
  ui.message.setAttribute('role', message.kind === 'error' ? 'alert' : 'status');
  ui.messageTitle.textContent = message.title;
  ui.messageDetail.textContent = message.detail;
}

function showDocumentUi(shown: boolean): void {
  ui.nav.hidden = !shown;
  ui.zoom.hidden = !shown;
  ui.actions.hidden = !shown;
  ui.empty.hidden = shown;
}

async function currentTabId(): Promise<number | undefined> {
  try {
    return (await browser.tabs.getCurrent())?.id;
  } catch {
    return undefined;
  }
}

/** Runs the page engine under the settings of `siteUrl`'s site, replacing any earlier run. */
async function startEngine(siteUrl: string): Promise<void> {
  engine?.abort();
  const controller = new AbortController();
  engine = controller;
  const tabId = await currentTabId();
  if (controller.signal.aborted) return;
  running = startViewerEngine({ doc: document, siteUrl, tabId, signal: controller.signal });
  const host = hostOf(siteUrl);
  running.onEnabledChange((enabled) => {
    ui.siteState.textContent = enabled ? '' : `CPT Lens is off${host ? ` on ${host}` : ' for local files'}.`;
  });
}

async function show({ bytes, name, siteUrl }: { bytes: Uint8Array; name: string; siteUrl: string }): Promise<void> {
  showMessage(undefined);
  await view?.destroy().catch(() => {});
  view = undefined;
  original = { bytes, name };
  ui.docName.textContent = name;
  document.title = `${name} · CPT Lens`;
  try {
    view = await openPdf({ data: bytes, container: ui.container, viewer: ui.viewer, assets });
  } catch (error) {
    showDocumentUi(false);
    ui.empty.hidden = true;
    showMessage(loadErrorMessage(error));
    return;
  }
  performance.mark('cpt-lens:pdf-opened');
  showDocumentUi(true);
  void startEngine(siteUrl);
  const opened = view;
  void opened.firstPageRendered.then(() => performance.mark('cpt-lens:first-page-rendered'));
  ui.pageNumber.max = String(opened.pageCount);
  ui.pageNumber.value = '1';
  ui.pageCount.textContent = `of ${opened.pageCount}`;
  opened.onPageChange((page) => {
    ui.pageNumber.value = String(page);
  });
  opened.onScaleChange((scale, value) => {
    const preset = [...ui.scale.options].find((option) => option.value === value && option !== ui.customScale);
    ui.customScale.hidden = !!preset;
    if (preset) {
      ui.scale.value = value;
    } else {
      ui.customScale.textContent = `${Math.round(scale * 100)}%`;
      ui.scale.value = 'custom';
    }
  });
  opened.onFind(({ state, current, total }) => {
    if (state === 1) ui.findStatus.textContent = 'Not found';
    else if (total > 0) ui.findStatus.textContent = `${current} of ${total}`;
    else ui.findStatus.textContent = '';
  });
  ui.container.focus({ preventScroll: true });
  if (!(await opened.hasText().catch(() => true)) && view === opened) showMessage(noTextMessage());
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
      loadErrorMessage(error instanceof Error && error.name === 'ResponseException' ? error : { name: 'FetchError' }),
    );
    return;
  }
  await show({ bytes, name, siteUrl: file });
}

async function openLocalFile(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A file picked by hand has no site: the mode in Options decides, as for file:// pages.
  await show({ bytes, name: file.name, siteUrl: `file:///${encodeURIComponent(file.name)}` });
}

function saveOriginal(): void {
  if (!original) return;
  const url = URL.createObjectURL(new Blob([original.bytes as BlobPart], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = original.name.toLowerCase().endsWith('.pdf') ? original.name : `${original.name}.pdf`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Prints the original file through the browser's own PDF printing, in a hidden frame. */
function printOriginal(): void {
  if (!original) return;
  const url = URL.createObjectURL(new Blob([original.bytes as BlobPart], { type: 'application/pdf' }));
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.src = url;
  frame.addEventListener('load', () => {
    try {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
    } catch {
      window.open(url, '_blank', 'noopener');
    }
    setTimeout(() => {
      frame.remove();
      URL.revokeObjectURL(url);
    }, 60_000);
  });
  document.body.append(frame);
}

function openFind(): void {
  ui.findbar.hidden = false;
  ui.findInput.focus();
  ui.findInput.select();
}

function closeFind(): void {
  ui.findbar.hidden = true;
  ui.findStatus.textContent = '';
  view?.closeFind();
  ui.container.focus({ preventScroll: true });
}

function wire(): void {
  ui.fileInput.addEventListener('change', () => {
    const file = ui.fileInput.files?.[0];
    if (file) void openLocalFile(file);
    ui.fileInput.value = '';
  });
  document.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    document.body.classList.remove('dragging');
    const file = [...(event.dataTransfer?.files ?? [])].find(
      (f) => f.type === 'application/pdf' || /\.pdf$/i.test(f.name),
    );
    if (file) void openLocalFile(file);
    else
      showMessage({ kind: 'error', title: 'That is not a PDF file.', detail: 'Drop a file whose name ends in .pdf.' });
  });
  ui.prev.addEventListener('click', () => {
    if (view) view.currentPage -= 1;
  });
  ui.next.addEventListener('click', () => {
    if (view) view.currentPage += 1;
  });
  ui.pageNumber.addEventListener('change', () => {
    if (!view) return;
    const page = Number(ui.pageNumber.value);
    if (Number.isFinite(page)) view.currentPage = page;
    ui.pageNumber.value = String(view.currentPage);
  });
  ui.zoomIn.addEventListener('click', () => view?.zoom(1));
  ui.zoomOut.addEventListener('click', () => view?.zoom(-1));
  ui.scale.addEventListener('change', () => {
    if (view && ui.scale.value !== 'custom') view.scaleValue = ui.scale.value;
  });
  ui.findToggle.addEventListener('click', () => (ui.findbar.hidden ? openFind() : closeFind()));
  ui.findInput.addEventListener('input', () => view?.find(ui.findInput.value, { again: false, previous: false }));
  ui.findInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      view?.find(ui.findInput.value, { again: true, previous: event.shiftKey });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeFind();
    }
  });
  ui.findNext.addEventListener('click', () => view?.find(ui.findInput.value, { again: true, previous: false }));
  ui.findPrev.addEventListener('click', () => view?.find(ui.findInput.value, { again: true, previous: true }));
  ui.findClose.addEventListener('click', closeFind);
  ui.print.addEventListener('click', printOriginal);
  ui.download.addEventListener('click', saveOriginal);
  window.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.altKey || !view) return;
    const key = event.key.toLowerCase();
    if (key === 'f') {
      event.preventDefault();
      openFind();
    } else if (key === 'p') {
      event.preventDefault();
      printOriginal();
    } else if (key === 's') {
      event.preventDefault();
      saveOriginal();
    } else if (key === '=' || key === '+') {
      event.preventDefault();
      view.zoom(1);
    } else if (key === '-') {
      event.preventDefault();
      view.zoom(-1);
    }
  });
  // A fit mode follows the window's width.
  window.addEventListener('resize', () => view?.refit());
}

wire();
const { file, invalid } = fileParamOf(location.search);
// pdf.js loads while the document is fetched (or the user picks a file).
void loadPdfjs(assets).catch(() => {});
if (file) {
  showDocumentUi(false);
  ui.empty.hidden = true;
  void openUrl(file);
} else if (invalid) {
  showDocumentUi(false);
  ui.empty.hidden = true;
  showMessage({
    kind: 'error',
    title: 'CPT Lens opens PDFs from web addresses and local files only.',
    detail: 'The address given is not one of those, so nothing was fetched.',
  });
} else {
  showDocumentUi(false);
}
