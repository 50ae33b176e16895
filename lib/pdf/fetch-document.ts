/**
 * The one network request CPT Lens makes anywhere: the PDF viewer fetching the document the user
 * had open (`pdf.html?file=…`), with the user's session, as the browser's own viewer would. It is
 * not a request for anything else: no data about the page or the user goes with it.
 * test/unit/hostile/source-guard.test.ts allows `fetch` in this file alone, and
 * test/e2e/pdf.spec.ts records that the viewer fetches only the document.
 */
export async function fetchDocument(file: string): Promise<Uint8Array> {
  const response = await fetch(file, { credentials: 'include' });
  if (!response.ok) throw Object.assign(new Error('fetch'), { name: 'ResponseException', status: response.status });
  return new Uint8Array(await response.arrayBuffer());
}
