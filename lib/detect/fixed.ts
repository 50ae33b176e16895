/**
 * lib/detect/fixed.ts — PURE: a fixed-width report shown as text (a chargemaster extract, a clearinghouse report in a
 * `<pre>`). Imports nothing.
 *
 * A header line names three or more columns, separated by runs of two or more blanks, with no digit in it
 * ("CDM_NO   DESCRIPTION   REV  CPT     MOD  PRICE_CENTS  GL_ACCT"). A number on a later line sits in the column
 * whose name its five digits overlap, as a table header would name it: `GL_ACCT`, `PAYER ID` say not a code, `CPT`
 * says code. A number no column name overlaps (free text running on in the last column) is left to the other rules.
 * detect() reads the header in the node's own first lines, else in the last line of the text before the node (a
 * report whose lines are separate elements), and only for a known number after a column gap.
 */

/** A column: its name and where it starts and ends on its line. */
export interface FixedColumn {
  name: string;
  from: number;
  to: number;
}

const HEADER =
  /^[ \t]*[A-Za-z][A-Za-z_.#/-]*(?: [A-Za-z_.#/-]+)*(?:(?: {2,}|\t+)[A-Za-z][A-Za-z_.#/-]*(?: [A-Za-z_.#/-]+)*){2,}[ \t]*$/;
const NAME = /[A-Za-z][A-Za-z_.#/-]*(?: [A-Za-z_.#/-]+)*/g;

/** The columns of a header line; undefined when the line is no header. */
export function fixedColumns(line: string): FixedColumn[] | undefined {
  if (line.length > 400 || !HEADER.test(line)) return undefined;
  return Array.from(line.matchAll(NAME), (m) => ({ name: m[0], from: m.index, to: m.index + m[0].length }));
}

/** The name of the column the five digits at `col` of their line overlap most; undefined when none does. */
export function fixedField(columns: readonly FixedColumn[], col: number): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const c of columns) {
    const overlap = Math.min(c.to, col + 5) - Math.max(c.from, col);
    if (overlap > most) {
      most = overlap;
      best = c.name;
    }
  }
  return best;
}
