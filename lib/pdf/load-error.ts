/**
 * What the viewer tells the user when a document cannot be shown (pure). pdf.js names its errors
 * (`error.name`); anything else is a generic failure. Never the document's text, never a stack.
 */

export const NO_TEXT_MESSAGE = 'This PDF has no text layer: CPT Lens cannot read scanned pages.';

export interface ViewerMessage {
  kind: 'error' | 'warning';
  title: string;
  detail: string;
}

export function loadErrorMessage(error: unknown): ViewerMessage {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
      ? String((error as { name?: unknown }).name)
      : '';
  const status =
    typeof error === 'object' && error !== null && 'status' in error
      ? Number((error as { status?: unknown }).status)
      : 0;
  switch (name) {
    case 'PasswordException':
      return {
        kind: 'error',
        title: 'This PDF is protected by a password.',
        detail: 'CPT Lens does not open encrypted PDFs. Open it in the browser’s own viewer instead.',
      };
    case 'InvalidPDFException':
      return {
        kind: 'error',
        title: 'This file is not a PDF, or it is damaged.',
        detail: 'The document could not be read. Try downloading it again.',
      };
    case 'ResponseException':
    case 'MissingPDFException':
    case 'UnexpectedResponseException':
    case 'FetchError':
      return {
        kind: 'error',
        title: 'The PDF could not be fetched.',
        detail: status > 0 ? `The server answered ${status}.` : 'The address did not answer with a document.',
      };
    default:
      return {
        kind: 'error',
        title: 'The PDF could not be opened.',
        detail: 'Something in the file stopped the viewer. Try the browser’s own viewer.',
      };
  }
}

export function noTextMessage(): ViewerMessage {
  return {
    kind: 'warning',
    title: NO_TEXT_MESSAGE,
    detail: 'The pages are shown as images; codes in them are not marked.',
  };
}
