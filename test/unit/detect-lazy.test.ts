/**
 * detect() reads context lazily: each property is a DOM walk in the content script (lib/page/context.ts), so the
 * scan of a claims table pays only for what a verdict needs. These tests count the reads of a getter context.
 */
import { describe, expect, it } from 'vitest';
import { type DetectContext, detect } from '../../lib/detect';

const known: ReadonlySet<string> = new Set(['64712', '64714', '64632', '64445', '64612']);

type Key = keyof DetectContext;

/** A context whose getters count their reads. */
function counting(values: DetectContext): { context: DetectContext; reads: Record<Key, number> } {
  const reads: Record<Key, number> = { before: 0, after: 0, columnHeader: 0, column: 0, row: 0, headers: 0 };
  const context = {} as DetectContext;
  for (const key of Object.keys(reads) as Key[]) {
    Object.defineProperty(context, key, {
      get() {
        reads[key]++;
        return values[key];
      },
    });
  }
  return { context, reads };
}

const row = ['64712', 'M1234', '10/02/2026', '64712', 'RT', '64111', '$1,200.00', 'Paid'];
const column = ['64712', '12345', '23456', '34567'];

describe('detect: lazy context', () => {
  it('reads no context for a number the data does not know', () => {
    const { context, reads } = counting({ columnHeader: 'CPT', column, row, before: 'CPT', after: 'RT' });
    expect(detect({ text: '12345', known, context })).toEqual([]);
    expect(reads).toEqual({ before: 0, after: 0, columnHeader: 0, column: 0, row: 0, headers: 0 });
  });

  it('decides a value under a header naming another field from the header alone', () => {
    for (const columnHeader of ['Claim #', 'Member ID', 'ZIP', 'DOS']) {
      const { context, reads } = counting({ columnHeader, column, row, before: 'x', after: 'RT' });
      expect(detect({ text: '64712', known, context })).toEqual([]);
      expect(reads).toEqual({ before: 0, after: 0, columnHeader: 1, column: 0, row: 0, headers: 0 });
    }
  });

  it('reads a procedure column value with its header and the next cell only', () => {
    const { context, reads } = counting({ columnHeader: 'CPT/HCPCS', column, row, before: 'x', after: ' RT' });
    expect(detect({ text: '64712', known, context })).toEqual([{ start: 0, end: 5, code: '64712', modifiers: ['RT'] }]);
    expect(reads).toEqual({ before: 0, after: 1, columnHeader: 1, column: 0, row: 0, headers: 0 });
  });

  it('still reads the row, then the column, under a header that names nothing', () => {
    const { context, reads } = counting({ columnHeader: 'Value', column, row: ['64712', 'Paid'], after: '' });
    detect({ text: '64712', known, context });
    expect(reads.row).toBe(1);
    expect(reads.column).toBe(1);
  });
});
