/**
 * Which of the viewer's panels show: the message line (an error or a warning), the toolbar groups
 * that need a document (pages, zoom, find/print/download) and the empty "Open a PDF" panel.
 */
import type { ViewerMessage } from './load-error';
import type { ViewerElements } from './viewer-elements';

type Panels = Pick<ViewerElements, 'message' | 'messageTitle' | 'messageDetail' | 'nav' | 'zoom' | 'actions' | 'empty'>;

/** Shows `message`, or hides the message line when undefined. Errors are alerts, warnings statuses. */
export function showMessage(ui: Panels, message: ViewerMessage | undefined): void {
  ui.message.hidden = !message;
  if (!message) return;
  ui.message.className = `message ${message.kind}`;
  ui.message.setAttribute('role', message.kind === 'error' ? 'alert' : 'status');
  ui.messageTitle.textContent = message.title;
  ui.messageDetail.textContent = message.detail;
}

/** The document toolbar with a document; the empty panel without one. */
export function showDocumentUi(ui: Panels, shown: boolean): void {
  ui.nav.hidden = !shown;
  ui.zoom.hidden = !shown;
  ui.actions.hidden = !shown;
  ui.empty.hidden = shown;
}

/** Neither a document nor the empty panel: while a document loads, or when it failed. */
export function showNoPanel(ui: Panels): void {
  showDocumentUi(ui, false);
  ui.empty.hidden = true;
}
