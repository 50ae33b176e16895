/**
 * The PDF viewer's URL contract (pure): `pdf.html?file=<URL-encoded URL>` opens that document and
 * fetches nothing else; `pdf.html` alone offers a file picker. Also: whether a URL names a PDF
 * (the popup's "Open in CPT Lens", the context menu's link patterns).
 */

/** Where WXT puts entrypoints/pdf/index.html in the built extension. */
export const VIEWER_PATH = '/pdf.html';

/** Schemes the viewer will fetch: the web and local files the browser already let the user open. */
const FETCHABLE = /^(?:https?|file):$/i;

/** The viewer URL for a document. `viewerBase` is runtime.getURL(VIEWER_PATH). */
export function viewerUrlFor({ viewerBase, file }: { viewerBase: string; file: string }): string {
  return `${viewerBase}?file=${encodeURIComponent(file)}`;
}

/**
 * The document a viewer URL asks for, when it is one we will fetch (http, https, file); undefined
 * for no parameter. A `file` that is not such a URL is reported as `invalid`, never fetched.
 */
export function fileParamOf(search: string): { file?: string; invalid?: string } {
  const raw = new URLSearchParams(search).get('file');
  if (raw === null || raw.trim() === '') return {};
  try {
    const url = new URL(raw);
    return FETCHABLE.test(url.protocol) ? { file: url.href } : { invalid: raw };
  } catch {
    return { invalid: raw };
  }
}

/** Whether `url` is this extension's viewer (`viewerBase` is runtime.getURL(VIEWER_PATH)). */
export function isViewerUrl({ url, viewerBase }: { url: string | undefined; viewerBase: string }): boolean {
  if (!url) return false;
  return url === viewerBase || url.startsWith(`${viewerBase}?`) || url.startsWith(`${viewerBase}#`);
}

/**
 * The document a viewer tab shows, for the site switch and settings: the `file` URL. Undefined
 * when `url` is not the viewer or it shows a local file picked by hand.
 */
export function documentUrlOfViewer({
  url,
  viewerBase,
}: {
  url: string | undefined;
  viewerBase: string;
}): string | undefined {
  if (!url || !isViewerUrl({ url, viewerBase })) return undefined;
  return fileParamOf(new URL(url).search).file;
}

/** Whether a URL's path names a PDF file (`.pdf`, any case; query and fragment ignored). */
export function looksLikePdfUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return FETCHABLE.test(parsed.protocol) && /\.pdf$/i.test(parsed.pathname);
  } catch {
    return false;
  }
}

/** The file name to show and to download under: the last path segment, decoded, or "document.pdf". */
export function fileNameOf(url: string): string {
  try {
    const segment = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
    const name = decodeURIComponent(segment);
    return name || 'document.pdf';
  } catch {
    return 'document.pdf';
  }
}

/**
 * Context-menu `targetUrlPatterns` for links to PDFs. Match patterns compare the path and query
 * together, so a link with a query needs its own pattern.
 */
export const PDF_LINK_PATTERNS = [
  '*://*/*.pdf',
  '*://*/*.PDF',
  '*://*/*.pdf?*',
  '*://*/*.PDF?*',
  'file:///*.pdf',
  'file:///*.PDF',
] as const;
