/**
 * Local files: "Open a PDF…" (the file input) and drag-and-drop anywhere on the page. A drop
 * that holds no PDF gets a message instead of being opened by the browser.
 */
import type { ViewerMessage } from './load-error';

export const NOT_A_PDF: ViewerMessage = {
  kind: 'error',
  title: 'That is not a PDF file.',
  detail: 'Drop a file whose name ends in .pdf.',
};

/** The first PDF among dropped files (by type, or by name when the system gives no type) (pure). */
export function pdfFileOf(files: Iterable<Pick<File, 'type' | 'name'>>): File | undefined {
  for (const file of files) if (file.type === 'application/pdf' || /\.pdf$/i.test(file.name)) return file as File;
  return undefined;
}

export function bindFileOpening({
  doc,
  input,
  onFile,
  onNotPdf,
}: {
  doc: Document;
  input: HTMLInputElement;
  onFile: (file: File) => void;
  onNotPdf: () => void;
}): void {
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = '';
  });
  doc.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    doc.body.classList.add('dragging');
  });
  doc.addEventListener('dragleave', () => doc.body.classList.remove('dragging'));
  doc.addEventListener('drop', (event) => {
    event.preventDefault();
    doc.body.classList.remove('dragging');
    const file = pdfFileOf(event.dataTransfer?.files ?? []);
    if (file) onFile(file);
    else onNotPdf();
  });
}
