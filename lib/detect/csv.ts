/**
 * lib/detect/csv.ts — PURE: a CSV or TSV export shown as plain text (a `<pre>`, a raw .csv tab). Imports nothing.
 *
 * When a node's first line is a header row (three or more field names separated by commas, or by tabs, and no
 * five-digit number in it),
 * a number on a later line whose line has as many fields as the header sits in a named column: the header field names
 * it, as a table header would ("cpt", "PROC_CD" say code; "enc_csn", "CONTRACT_ID", "pat_zip" say not). Quoted fields
 * may hold commas. detect() calls `csvHeader` once per node, and only for a node that holds a known number.
 */

const HEADER_FIELD = /^\s*"?[A-Za-z][\w .#/-]{0,39}"?\s*$/;
const MAX_HEADER = 600;

/** The header row's fields when the text starts with one, else undefined. The separator is the last field's. */
export function csvHeader(text: string): string[] | undefined {
  const end = text.indexOf('\n', 0);
  if (end < 5 || end > MAX_HEADER) return undefined;
  const line = text.slice(0, end);
  const sep = line.includes('\t') ? '\t' : ',';
  const fields = line.split(sep);
  if (fields.length < 3) return undefined;
  for (const f of fields) if (!HEADER_FIELD.test(f)) return undefined;
  fields.push(sep);
  return fields;
}

/**
 * The header field of the column the number at `start` sits in, or undefined when its line is not a row. `header` is
 * csvHeader's answer: the fields, then the separator.
 */
export function csvField(text: string, header: readonly string[], start: number): string | undefined {
  const sep = header[header.length - 1]!.charCodeAt(0);
  const lineStart = text.lastIndexOf('\n', start) + 1;
  if (lineStart === 0) return undefined;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  let col = 0;
  let at = -1;
  let quoted = false;
  for (let i = lineStart; i < lineEnd; i++) {
    if (i === start) at = col;
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === sep && !quoted) col++;
  }
  if (col !== header.length - 2 || at < 0) return undefined;
  return header[at]!.replace(/"/g, '').trim();
}
