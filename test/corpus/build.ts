import type { Snippet } from './types';

/**
 * Builders that turn a page shape written once (a table, a text layer of lines) into the per-text-node snippets
 * detect() sees, with the context PAGE would hand it. Markers (`{64712}` code, `[64712]` not a code) are written in
 * the cells; the context copies carry the plain digits, as a page would.
 */

const MARKERS = /[{[](\d{5})[}\]]/g;
export const plain = (text: string): string => text.replace(MARKERS, '$1');
const FIVE = /(?<!\d)\d{5}(?!\d)/;

/** One snippet per cell that holds a five-digit number: header, column, row, previous and next cell as context. */
export function table(o: {
  id: string;
  kind: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  /** Heading or caption text above the table (the `before` of the first cell). */
  caption?: string;
}): Snippet[] {
  const out: Snippet[] = [];
  const columns = o.headers.map((_, c) => o.rows.map((r) => plain(r[c] ?? '')));
  o.rows.forEach((row, r) => {
    const plainRow = row.map(plain);
    row.forEach((cell, c) => {
      if (!FIVE.test(plain(cell))) return;
      const prev =
        c > 0
          ? plainRow.slice(0, c).join(' ')
          : r > 0
            ? o.rows[r - 1]!.map(plain).join(' ')
            : plain(o.caption ?? o.headers.join(' '));
      out.push({
        id: `${o.id}-r${r + 1}c${c + 1}`,
        kind: o.kind,
        text: cell,
        columnHeader: o.headers[c] || undefined,
        column: columns[c],
        row: plainRow,
        headers: o.headers,
        before: prev.slice(-80),
        after: (plainRow[c + 1] ?? '').slice(0, 16) || undefined,
      });
    });
  });
  return out;
}

/** A block shown line by line (a PDF text layer, a list of divs): one snippet per line with a five-digit number. */
export function lines(o: { id: string; kind: string; text: string; before?: string }): Snippet[] {
  const out: Snippet[] = [];
  const all = o.text.split('\n');
  all.forEach((line, i) => {
    if (!FIVE.test(plain(line))) return;
    const prev = [plain(o.before ?? ''), ...all.slice(0, i).map(plain)].join('\n');
    out.push({
      id: `${o.id}-l${i + 1}`,
      kind: o.kind,
      text: line,
      before: prev.slice(-80).trim() || undefined,
      after: plain(all[i + 1] ?? '').slice(0, 16) || undefined,
    });
  });
  return out;
}
