/**
 * The viewer's toolbar and keys: previous/next page, the page number box, zoom out/in, the zoom
 * list (fit width, fit page, automatic, fixed percentages, and a custom entry for any other
 * scale), print and download, and the shortcuts Ctrl+F, Ctrl+P, Ctrl+S, Ctrl+= and Ctrl+-.
 */
import type { PdfView, ScaleValue } from './pdf-view';
import type { ViewerElements } from './viewer-elements';

type ToolbarUi = Pick<
  ViewerElements,
  'prev' | 'next' | 'pageNumber' | 'pageCount' | 'zoomIn' | 'zoomOut' | 'scale' | 'customScale' | 'print' | 'download'
>;

export type ShortcutAction = 'find' | 'print' | 'save' | 'zoom-in' | 'zoom-out';

/** The viewer action a key press asks for, if any (pure). Ctrl on Linux and Windows, ⌘ on macOS. */
export function shortcutOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): ShortcutAction | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  switch (event.key.toLowerCase()) {
    case 'f':
      return 'find';
    case 'p':
      return 'print';
    case 's':
      return 'save';
    case '=':
    case '+':
      return 'zoom-in';
    case '-':
      return 'zoom-out';
    default:
      return undefined;
  }
}

/**
 * What the zoom list shows for a scale (pure): the preset itself (`page-width`, `1.5`, …) when
 * `value` is one of `presets`, else the custom entry labelled with the percentage.
 */
export function scaleSelection({
  scale,
  value,
  presets,
}: {
  scale: number;
  value: ScaleValue;
  presets: readonly string[];
}): { selected: string; customLabel?: string } {
  if (presets.includes(value)) return { selected: value };
  return { selected: 'custom', customLabel: `${Math.round(scale * 100)}%` };
}

/**
 * Wires the toolbar's controls and the page's keys to whatever document `view()` shows. `onFind`,
 * `onPrint` and `onSave` carry out those actions (find bar, original-file printing and download).
 */
export function bindToolbar({
  ui,
  win,
  view,
  onFind,
  onPrint,
  onSave,
}: {
  ui: ToolbarUi;
  win: Window;
  view: () => PdfView | undefined;
  onFind: () => void;
  onPrint: () => void;
  onSave: () => void;
}): void {
  ui.prev.addEventListener('click', () => {
    const shown = view();
    if (shown) shown.currentPage -= 1;
  });
  ui.next.addEventListener('click', () => {
    const shown = view();
    if (shown) shown.currentPage += 1;
  });
  ui.pageNumber.addEventListener('change', () => {
    const shown = view();
    if (!shown) return;
    const page = Number(ui.pageNumber.value);
    if (Number.isFinite(page)) shown.currentPage = page;
    ui.pageNumber.value = String(shown.currentPage);
  });
  ui.zoomIn.addEventListener('click', () => view()?.zoom(1));
  ui.zoomOut.addEventListener('click', () => view()?.zoom(-1));
  ui.scale.addEventListener('change', () => {
    const shown = view();
    if (shown && ui.scale.value !== 'custom') shown.scaleValue = ui.scale.value;
  });
  ui.print.addEventListener('click', onPrint);
  ui.download.addEventListener('click', onSave);
  win.addEventListener('keydown', (event) => {
    const shown = view();
    const action = shown && shortcutOf(event);
    if (!shown || !action) return;
    event.preventDefault();
    if (action === 'find') onFind();
    else if (action === 'print') onPrint();
    else if (action === 'save') onSave();
    else shown.zoom(action === 'zoom-in' ? 1 : -1);
  });
  // A fit mode follows the window's width.
  win.addEventListener('resize', () => view()?.refit());
}

/** Points the toolbar at a newly opened document: its page count, and its page and scale as they change. */
export function followDocument({ ui, view }: { ui: ToolbarUi; view: PdfView }): void {
  ui.pageNumber.max = String(view.pageCount);
  ui.pageNumber.value = '1';
  ui.pageCount.textContent = `of ${view.pageCount}`;
  view.onPageChange((page) => {
    ui.pageNumber.value = String(page);
  });
  const presets = [...ui.scale.options].filter((option) => option !== ui.customScale).map((option) => option.value);
  view.onScaleChange((scale, value) => {
    const { selected, customLabel } = scaleSelection({ scale, value, presets });
    ui.customScale.hidden = customLabel === undefined;
    if (customLabel !== undefined) ui.customScale.textContent = customLabel;
    ui.scale.value = selected;
  });
}
