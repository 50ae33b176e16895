/**
 * lib/detect/column.ts — PURE: what a table column's population says about its numbers. Imports nothing.
 *
 * Used only when the column header names no field either way. A column whose five-digit values are mostly codes the
 * data knows is a code column; one where most are unknown is an identifier column (with 10,000 known codes, about one
 * identifier in ten is "known" by chance, so the share, not a single hit, decides). Fewer than MIN_VALUES values say
 * nothing. A column with more counts (one to four digits) than five-digit values is a column of counts (a pivot
 * table's CO-97 column): its five-digit values are large counts. Whole amounts of six digits or more count so too (a
 * cost report's "Salaries" column: 18204511, 9744210, 42645). Pass 50: so does one whole number written with thousands
 * separators ("8,912" among "10207", "41738": encounters a vendor sent), as no code is written. Cached per column array (PAGE hands the same array to every cell of a column) and per known set, so a
 * 5,000-row column costs one pass, not one per cell.
 */

/** Fewest five-digit values in a column for its population to count as evidence. */
const MIN_VALUES = 3;
/** Share of known codes above which the column is a code column. */
const CODE_SHARE = 0.5;

interface Share {
  known: ReadonlySet<string>;
  verdict: boolean | undefined;
  /** A known value in the column is written with a modifier ("64712-RT", "64612-50"). */
  modified: boolean;
  /** Every cell is a bare number or empty (counts, amounts). */
  numbers: boolean;
  /** Exactly half the five-digit values are known (a tie the share does not break). */
  half?: boolean;
  /** A cell's text comes back in the column (read lazily, by `columnRepeats`). */
  repeats?: boolean;
}
const cache = new WeakMap<readonly string[], Share>();

/** true: a code column; false: an identifier column; undefined: too few values to say. */
export function columnPopulation(column: readonly string[], known: ReadonlySet<string>): boolean | undefined {
  const hit = cache.get(column);
  if (hit && hit.known === known) return hit.verdict;
  let values = 0;
  let knownValues = 0;
  let counts = 0;
  let modified = false;
  let numbers = true;
  let grouped = false;
  for (const cell of column) {
    numbers &&= NUMBER.test(cell);
    if (COUNT.test(cell)) counts++;
    grouped ||= GROUPED.test(cell);
    const value = leadingFiveDigits(cell);
    if (value === undefined || !known.has(value)) {
      if (value !== undefined) values++;
      continue;
    }
    values++;
    knownValues++;
    modified ||= MODIFIED.test(cell);
  }
  // A column of counts and amounts ("3", "11", "1,184") with a few five-digit values among them (a pivot table's CO-97
  // column): those are large counts, not codes.
  const verdict =
    (counts >= MIN_VALUES && counts > values) || grouped
      ? false
      : values < MIN_VALUES
        ? undefined
        : knownValues / values > CODE_SHARE;
  cache.set(column, { known, verdict, modified, numbers, half: knownValues * 2 === values });
  return verdict;
}

/**
 * A cell holding only a number, or nothing. One way to match each blank: `\s*[\d,.]*\s*` tried a cell of indenting
 * blanks and a word in quadratic time (each split of the blank run between the two `\s*`).
 */
const NUMBER = /^\s*(?:[\d,.]+\s*)?$/;

/** Whether every cell of the column is a bare number or empty (a column of counts or amounts); false for no column. */
export function columnNumbers(column: readonly string[] | undefined, known: ReadonlySet<string>): boolean {
  if (!column) return false;
  columnPopulation(column, known);
  return cache.get(column)!.numbers;
}

/**
 * A cell holding only a count of one to four digits, or a whole amount of six or more ("18204511", a cost report's):
 * a number of other than five digits (csv.ts reads it so too).
 */
export const COUNT = /^\s*(?:\d{1,4}|\d{6,})\s*$/;

/** A whole number with thousands separators ("8,912"): a quantity, as no code is written. */
const GROUPED = /^\s*\d{1,3}(?:,\d{3})+\s*$/;

/** A dash or a blank and a two-character modifier right after a cell's leading five digits ("64712-RT", "64712 RT"). */
const MODIFIED = /^\s*\d{5}[- –](?:[A-Z]{2}|\d\d)(?![\w-])/;

/** Whether a column `columnPopulation` has read writes a known value with a modifier (a code column's mark). */
export function columnModified(column: readonly string[]): boolean {
  return cache.get(column)?.modified === true;
}

/** Whether a column `columnPopulation` has read holds as many known values as unknown ones. */
export const columnHalf = (column: readonly string[]) => cache.get(column)?.half;

/**
 * Whether a cell's text comes back in a column `columnPopulation` has read (a reference number is written once, a code
 * repeats): once per column, not once per cell that asks.
 */
export const columnRepeats = (column: readonly string[]) => {
  const entry = cache.get(column)!;
  entry.repeats ??= new Set(column).size < column.length;
  return entry.repeats;
};

/** The five digits a cell starts with ("64712", "64712-RT", " 64712 "), or undefined. */
const LEADING_FIVE = /^\s*(\d{5})(?![\dA-Za-z])/;
export const leadingFiveDigits = (cell: string) => LEADING_FIVE.exec(cell)?.[1];
