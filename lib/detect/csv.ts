/**
 * lib/detect/csv.ts — PURE: a CSV or TSV export shown as plain text (a `<pre>`, a raw .csv tab). Imports nothing.
 *
 * When a node's first line is a header row (three or more field names separated by commas, or by tabs, and no
 * five-digit number in it), a number on a later line whose line has as many fields as the header sits in a named
 * column: the header field names it, as a table header would ("cpt", "PROC_CD" say code; "enc_csn", "CONTRACT_ID",
 * "pat_zip" say not). A line with another number of fields (prose, a quoted comma) is not read as a row. detect()
 * calls `csvHeader` once per node, and only for a node that holds a known number.
 */

const HEADER_FIELD = /^\s*[A-Za-z][\w .#/-]*$/;

/** The header row's fields, then the separator, when the text starts with one; else undefined. */
export function csvHeader(text: string): string[] | undefined {
  const end = text.indexOf('\n');
  if (end < 5 || end > 600) return undefined;
  const line = text.slice(0, end);
  const sep = line.includes('\t') ? '\t' : ',';
  const fields = line.split(sep);
  return fields.length > 2 && fields.every((f) => HEADER_FIELD.test(f)) ? [...fields, sep] : undefined;
}

/** The header field of the column the number at `start` sits in, or undefined when its line is not a row. */
export function csvField(text: string, header: readonly string[], start: number): string | undefined {
  // One pass over the number's line, no allocation: this runs for each known number of the node.
  const sep = header[header.length - 1]!.charCodeAt(0);
  const from = text.lastIndexOf('\n', start) + 1;
  let col = 0;
  let at = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (i === start) at = col;
    if (c === sep) col++;
  }
  return from && col === header.length - 2 ? header[at] : undefined;
}
