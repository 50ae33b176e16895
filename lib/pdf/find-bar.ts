/**
 * The find bar (Ctrl+F): a search box over pdf.js's find controller, which searches the text
 * layers and highlights every match. Enter and ↓ go to the next match, Shift+Enter and ↑ to the
 * previous one, Esc and ✕ close the bar and clear the highlights.
 */
import type { FindState, PdfView } from './pdf-view';
import type { ViewerElements } from './viewer-elements';

type FindUi = Pick<
  ViewerElements,
  'findbar' | 'findInput' | 'findPrev' | 'findNext' | 'findStatus' | 'findClose' | 'findToggle' | 'container'
>;

/** What the status next to the box says (pure): "Not found", "2 of 5", or nothing while pending. */
export function findStatusText({ state, current, total }: FindState): string {
  if (state === 1) return 'Not found';
  if (total > 0) return `${current} of ${total}`;
  return '';
}

export interface FindBar {
  open(): void;
  close(): void;
  /** Follows `view`'s find results (call once per opened document). */
  follow(view: PdfView): void;
}

export function createFindBar({ ui, view }: { ui: FindUi; view: () => PdfView | undefined }): FindBar {
  function open(): void {
    ui.findbar.hidden = false;
    ui.findInput.focus();
    ui.findInput.select();
  }

  function close(): void {
    ui.findbar.hidden = true;
    ui.findStatus.textContent = '';
    view()?.closeFind();
    ui.container.focus({ preventScroll: true });
  }

  const find = (options: { again: boolean; previous: boolean }) => view()?.find(ui.findInput.value, options);

  ui.findToggle.addEventListener('click', () => (ui.findbar.hidden ? open() : close()));
  ui.findInput.addEventListener('input', () => find({ again: false, previous: false }));
  ui.findInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      find({ again: true, previous: event.shiftKey });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  ui.findNext.addEventListener('click', () => find({ again: true, previous: false }));
  ui.findPrev.addEventListener('click', () => find({ again: true, previous: true }));
  ui.findClose.addEventListener('click', close);

  return {
    open,
    close,
    follow(opened) {
      opened.onFind((state) => {
        ui.findStatus.textContent = findStatusText(state);
      });
    },
  };
}
