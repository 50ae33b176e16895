import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { columnNumbers } from '../../lib/detect/column';
import { pointBefore, textBefore } from '../../lib/detect/evidence';
import { KNOWN_5 } from '../corpus/known';

/**
 * The look-behinds of lib/detect/evidence.ts read a bounded window before the number, so a long text (a <pre> of
 * an interchange, a PDF page) costs detect() time in proportion to its length, not to its length squared.
 */
describe('bounded look-behinds', () => {
  it('pointBefore looks at the 9 characters before the number, no further', () => {
    expect(pointBefore('0.00 01820', 5)).toBe(true);
    expect(pointBefore('.bcdefgh 64712', 9)).toBe(true); // the point 9 characters back
    expect(pointBefore('.bcdefghi 64712', 10)).toBe(false); // 10 characters back: outside
    expect(pointBefore('64712', 0)).toBe(false);
  });

  it('textBefore is the window before the number, clipped at the text start', () => {
    expect(textBefore('abc=64612', 4, 32)).toBe('abc=');
    expect(textBefore(`${'x'.repeat(100)}cpt=64612`, 104, 6)).toBe('xxcpt=');
  });

  it('reads a column of indented cells in time linear in their length', () => {
    // A cell's text as pretty-printed HTML gives it: a long run of blanks, then a word. The quadratic pattern took
    // 205 ms on this one cell (Node 20); ten times the blanks, a hundred times that.
    const indented = `${' '.repeat(20_000)}Total`;
    expect(columnNumbers(['64712', indented, ' 1,250 '], KNOWN_5)).toBe(false);
    expect(columnNumbers(['64712', `${' '.repeat(20_000)}12`, ''], KNOWN_5)).toBe(true);
  });

  it('keeps the window rules: amounts row, procedure key, past tense', () => {
    const codes = (text: string) => detect({ text, known: new Set([...KNOWN_5, '01820']) }).map((m) => m.code);
    expect(codes('Billed 1850.00   0.00   0.00  01820')).toEqual([]);
    expect(codes(`${'filler words here. '.repeat(200)}no fee for cpt=64612 in schedule`)).toEqual(['64612']);
    // A long text with no decimal point near any number: the same answers as a short one.
    const long = `${'Report 64712 for the block. '.repeat(500)}`;
    expect(codes(long).length).toBe(500);
  });

  it('reads a data row only within 200 characters of its code, so a long line of codes stays linear', () => {
    const known = new Set([...KNOWN_5, '60054']);
    const codes = (text: string) => detect({ text, known }).map((m) => m.code);
    // A listing row: its later known value is another column's.
    expect(codes('3071  85138  64712  RT  41250  60054  50')).toEqual(['64712']);
    // The same row's tail beyond the window is not read as one row: every code on the line is its own.
    const wide = `64712  ${'41250  '.repeat(40)}60054  50`;
    expect(codes(wide)).toEqual(['64712', '60054']);
  });

  it('reads a header line by a split, so a long line of words and blanks stays linear', () => {
    const codes = (text: string) => detect({ text, known: KNOWN_5 }).map((m) => m.code);
    // 990 characters of words with single and double blanks: no header regex backtracks over it.
    const words = `${'alpha beta  '.repeat(82)}end`;
    expect(codes(`${words}\nReport 64712 and 64714.`)).toEqual(['64712', '64714']);
  });

  it('finds the numbers a text writes with a modifier once per text, not once per number', () => {
    const codes = (text: string) => detect({ text, known: KNOWN_5 }).map((m) => m.code);
    // 4,000 numbers behind an unexplained label: each asks whether the text writes it with a modifier elsewhere
    // (a quiz's "Correct answer: 64612-50"); the text is read for that once (it took 1.1 s per call when read per number).
    const long = `${'Zork 64712 '.repeat(4000)}Correct answer: 64712-50`;
    expect(codes(long).length).toBe(4001);
    expect(codes('Zork 64712 and more words').length).toBe(0);
  });

  it('reads a pipe-delimited record only within 200 characters of its code, so a long record stays linear', () => {
    const codes = (text: string) => detect({ text, known: KNOWN_5 }).map((m) => m.code);
    expect(codes('58302|64712|41250|64714')).toEqual(['64712']);
    // A record's value beyond the window is read on its own; 4,000 codes in one line cost no square of its length:
    // each mark opens a new 200-character window (24,000 characters: 115 marks).
    expect(codes(`64712|${'41250|'.repeat(40)}64714`)).toEqual(['64712', '64714']);
    expect(codes(`${'64712|'.repeat(4000)}`).length).toBe(115);
  });

  it('reads a delimited row only up to 1,000 characters, so a long line of codes under a header stays linear', () => {
    const codes = (text: string) => detect({ text, known: KNOWN_5 }).map((m) => m.code);
    expect(codes('claim_id|proc_cd|pat_zip\n64714|64712|64445')).toEqual(['64712']);
    // 400 values on one line: not a row of the 3-field header, each code read on its own.
    const wide = `claim_id|proc_cd|pat_zip\n${'64712 '.repeat(400)}`;
    expect(codes(wide).length).toBe(400);
  });

  it('reads a raw PTP row once per line-opening pair, so long blank runs and many rows stay linear', () => {
    const codes = (text: string) =>
      detect({ text, known: KNOWN_5, context: { before: 'Edit Rationale' } }).map((m) => m.code);
    expect(codes('64712  64445  20100101  *  1')).toEqual(['64712', '64445']);
    // A blank run of 100,000 characters inside the row: one sticky test at the line's first number, still a pair.
    expect(codes(`64712${' '.repeat(100_000)}64445  20100101  *  1`)).toEqual(['64712', '64445']);
    // 2,000 rows: each line's pair read once.
    expect(codes('64632  64612  20160101  *  9 CPT manual\n'.repeat(2000)).length).toBe(4000);
  });
});
