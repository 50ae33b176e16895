/**
 * lib/detect/csv.ts — PURE: a CSV or TSV export shown as plain text (a `<pre>`, a raw .csv tab). Imports only its
 * sibling column.ts (a cell of a number of other than five digits).
 *
 * A header row is a line of three or more field names separated by commas, or by tabs, with no number in it (a
 * quoted field name is allowed: the CMS hospital price transparency template's attestation column). Header rows are
 * looked for in the first lines of the node (that template puts a metadata header and its value row above the
 * charge header). A number on a later line whose line has as many fields as a header above it (quoted commas do not
 * split) sits in a named column: the header field names it, as a table header would ("cpt", "PROC_CD" say code;
 * "enc_csn", "CONTRACT_ID", "pat_zip" say not). When the header has a type column for that field (`code|1` and
 * `code|1|type`, `billing_code` and `billing_code_type`), the row's type cell names the coding system instead: only
 * CPT/HCPCS say code; CDM, LOCAL, RC do not. A quoted phrase cell (a notes or description field: "Bilateral billed as
 * 2 units; see 64612-50 note") is free text, not named by its column: its numbers are left to the prose rules. A line
 * with another number of fields is not read as a row. detect()
 * calls `csvHeader` once per node, and only for a node that holds a known number.
 */

import { COUNT } from './column';

/**
 * A fixed-width header: three or more column names in any case ("GL_ACCT", "Claim line"), separated by runs of two or
 * more blanks, with no digit and no sentence punctuation (prose with two blanks after its sentences is no header).
 * Read by a split, not one regex: a regex of three free runs backtracks cubically on a long line.
 */
const fixedHeader = (line: string) => !/[\d.,;:!?]/.test(line) && line.trim().split(/ {2,}/).length > 2;
const HEADER_FIELD = /^\s*(?:[A-Za-z][\w .#/|%-]*|"[A-Za-z][^"]*")\s*$/;
/** How far into the node header rows are looked for. */
const HEAD_LINES = 6;

/** A header row: its line's offset, its fields, its separator. */
export interface CsvHeader {
  at: number;
  fields: string[];
  sep: number;
  /** Per column: a row holds a number of other than five digits there (an amount, a count); read once, lazily. */
  numeric?: boolean[];
}

/** Split one line into fields; a quoted field may hold the separator. */
function splitLine(line: string, sep: number): string[] {
  const out: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === sep && !quoted) {
      out.push(line.slice(from, i));
      from = i + 1;
    }
  }
  out.push(line.slice(from));
  return out;
}

/** The header rows in the first lines of the text; undefined when there is none. */
export function csvHeader(text: string): CsvHeader[] | undefined {
  let out: CsvHeader[] | undefined;
  let at = 0;
  for (let n = 0; n < HEAD_LINES && at < text.length; n++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end - at > 1000) break;
    const line = text.slice(at, end);
    // Tab, else comma, else pipe or semicolon (a pipe-delimited extract, a European export): the first the line has
    // (the CMS template's comma header holds pipes: `code|1`).
    const sep = [9, 44, 124, 59].find((c) => line.includes(String.fromCharCode(c))) ?? 44;
    const fields = splitLine(line, sep);
    const csv = fields.length > 2 && fields.every((f) => HEADER_FIELD.test(f));
    // A fixed-width report's header: its one "field" is the line, its columns are found by position (sep 0).
    if (csv || fixedHeader(line)) {
      out ??= [];
      out.push({ at, fields: csv ? fields : [line], sep: csv ? sep : 0 });
    }
    at = end + 1;
  }
  return out;
}

/**
 * A row shown alone (a code viewer or a CSV preview puts each line of the file in its own element: "64445,43215,…,64445,Y"
 * right under "batch_id,zip,…,cpt,pe_flag"): the header line ending the text before it names its columns. Only a row
 * with no blank after a separator, under such a line (an export's, not a sentence's list: "SELECT a, b"), is read so.
 */
export function csvAbove(row: string, context?: { before?: string }): CsvHeader[] | undefined {
  // Read `before` (a DOM walk) only for a row's shape.
  const before = /^[^\n]*[,\t][^\n]*$/.test(row) && !/, /.test(row) && context?.before;
  const h = before && !/, /.test(before) ? csvHeader(before.slice(before.lastIndexOf('\n') + 1))?.[0] : undefined;
  if (h?.sep) {
    h.at = -1; // before the row's line: csvField's look at the column's other rows sees none
    return [h];
  }
}

/**
 * What names the number at `start`: its header field, or the row's cell of that field's type column when the header
 * has one; undefined when its line is not a row under a header.
 */
export function csvField(text: string, headers: readonly CsvHeader[], start: number): string | undefined {
  const from = text.lastIndexOf('\n', start) + 1;
  let header: CsvHeader | undefined;
  for (const h of headers) if (h.at < from) header = h;
  if (!header) return undefined;
  if (!header.sep) {
    // Fixed width: a value opens its line or follows a column gap, left-aligned under its column's name (which starts
    // within one character of its first digit); a number elsewhere ("… PACKAGED INTO PRIMARY 64712", free text under
    // the last column) is left to the other rules.
    const line = header.fields[0]!;
    for (let p = start - from - 1; p <= start - from + 1 && (start === from || text.startsWith('  ', start - 2)); p++) {
      if (line[p]! > ' ' && !(line[p - 1]! > ' ')) return line.slice(p).split('  ')[0];
    }
    return undefined;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  // A row is read whole, once per number in it: a line of over 1,000 characters is no row (its cost would grow with
  // the square of its length).
  if (end - from > 1000) return undefined;
  const cells = splitLine(text.slice(from, end), header.sep);
  if (cells.length !== header.fields.length) return undefined;
  // The column the number sits in: count cells up to it.
  let col = 0;
  for (let n = 0, i = from; n < cells.length; i += cells[n]!.length + 1, n++) if (i <= start) col = n;
  // A quoted phrase ("Bilateral billed as 2 units; see 64612-50 note" under additional_generic_notes) is free text: its
  // number is left to the prose rules, not named by the column.
  if (/^"[^"]* /.test(cells[col]!)) return undefined;
  const field = header.fields[col]!;
  const type = header.fields.findIndex((f) => f === `${field}|type` || f === `${field}_type`);
  // A column whose rows hold amounts or counts ("Charge": 148000, 42500) is no code column, whatever its header says:
  // read once per column of the block.
  header.numeric ??= [];
  const numeric = header.numeric;
  numeric[col] ??= text
    .slice(header.at)
    .split('\n')
    .some((l) => {
      const c = splitLine(l, header!.sep);
      return c.length === cells.length && COUNT.test(c[col]!);
    });
  return type >= 0 ? cells[type] : numeric[col] ? '' : field;
}
