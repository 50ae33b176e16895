/**
 * Download and print of the original file, byte for byte as it was fetched or picked: not the
 * rendering. Both go through a blob: URL of this page, so nothing is fetched again.
 */

export interface OriginalFile {
  bytes: Uint8Array;
  name: string;
}

/** How long a blob: URL lives after use: the download or the print dialog reads it first. */
const BLOB_LIFETIME_MS = 60_000;

/** The name to save under: the document's own, with `.pdf` added when it lacks one (pure). */
export function downloadNameOf(name: string): string {
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
}

function blobUrlOf(original: OriginalFile): string {
  return URL.createObjectURL(new Blob([original.bytes as BlobPart], { type: 'application/pdf' }));
}

/** Saves the original file through a download link. */
export function saveOriginal({ doc, original }: { doc: Document; original: OriginalFile }): void {
  const url = blobUrlOf(original);
  const link = doc.createElement('a');
  link.href = url;
  link.download = downloadNameOf(original.name);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
}

/** Prints the original file through the browser's own PDF printing, in a hidden frame. */
export function printOriginal({ doc, original }: { doc: Document; original: OriginalFile }): void {
  const url = blobUrlOf(original);
  const frame = doc.createElement('iframe');
  frame.hidden = true;
  frame.src = url;
  frame.addEventListener('load', () => {
    try {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
    } catch {
      doc.defaultView?.open(url, '_blank', 'noopener');
    }
    setTimeout(() => {
      frame.remove();
      URL.revokeObjectURL(url);
    }, BLOB_LIFETIME_MS);
  });
  doc.body.append(frame);
}
