/** lib/page/detect-memo: detect()'s answers remembered per text, as a decision tree over the context reads. */
import { describe, expect, it, vi } from 'vitest';
import type { DetectContext } from '../../../lib/detect';
import * as detector from '../../../lib/detect';
import { createDetectMemo } from '../../../lib/page/detect-memo';

// The memo's dependency is wrapped only to count its calls; it still runs the real rules.
vi.mock('../../../lib/detect', async (importActual) => {
  const actual = await importActual<typeof import('../../../lib/detect')>();
  return { ...actual, detect: vi.fn(actual.detect) };
});

const known = new Set(['64712', '64714', '64632', '64445', '64612']);

/** A context like ContextReader's: values on first read, recorded in order in `reads`. */
function contextOf(values: DetectContext) {
  const reads = new Map<PropertyKey, unknown>();
  const context = new Proxy({} as DetectContext, {
    get: (_, prop) => {
      if (!reads.has(prop)) reads.set(prop, values[prop as keyof DetectContext]);
      return reads.get(prop);
    },
  });
  return { context, reads };
}

const column = ['64712', '64714', '64632'];
const cells: [string, DetectContext][] = [
  ['64712', { columnHeader: 'CPT/HCPCS', after: 'RT' }],
  ['64712', { columnHeader: 'CPT/HCPCS', after: '64123' }],
  ['64712', { columnHeader: 'Claim #', after: '64123' }],
  ['64714', { columnHeader: 'Member ID' }],
  ['64714', { columnHeader: 'Code', column, row: ['64714', 'http://snomed.info/sct'] }],
  ['64714', { columnHeader: 'Code', column, row: ['64714', 'CPT'] }],
  ['64632', { columnHeader: 'TCN', column: ['64632', '10000', '20000'], after: '50' }],
  ['64632', { before: 'Claim #:' }],
  ['64632', { before: 'Procedure:' }],
  ['64632', { before: 'Procedure:', after: '-59' }],
  ['64445', {}],
  ['CPT 64445', { after: 'RT' }],
  ['Claim 64445', {}],
  ['64445-50', { columnHeader: 'ZIP' }],
];

describe('createDetectMemo', () => {
  it('answers as detect() does, for repeated texts in changing contexts', () => {
    const memo = createDetectMemo(known);
    // Twice over, in two orders: the second pass replays the trees the first one built.
    for (const list of [cells, [...cells].reverse(), cells]) {
      for (const [text, values] of list) {
        const expected = detector.detect({ text, known, context: values });
        const { context, reads } = contextOf(values);
        expect(memo(text, context, reads), `${text} ${JSON.stringify(values)}`).toEqual(expected);
      }
    }
  });

  it('replays a repeated cell without running the rules, reading only what detect() read', () => {
    const memo = createDetectMemo(known);
    const detect = vi.mocked(detector.detect);
    const values = { columnHeader: 'CPT/HCPCS', after: 'RT', before: 'Claim #: 1', row: ['x'] };
    const first = contextOf(values);
    const answer = memo('64712', first.context, first.reads);
    expect(answer).toEqual([{ start: 0, end: 5, code: '64712', modifiers: ['RT'] }]);
    const read = [...first.reads.keys()];
    detect.mockClear();
    for (let i = 0; i < 3; i++) {
      const again = contextOf(values);
      expect(memo('64712', again.context, again.reads)).toBe(answer);
      expect([...again.reads.keys()]).toEqual(read);
    }
    expect(detect).not.toHaveBeenCalled();
    // A value the tree has not seen runs the rules once, then is remembered too.
    const other = { ...values, after: '64123' };
    for (let i = 0; i < 2; i++) {
      const next = contextOf(other);
      expect(memo('64712', next.context, next.reads)).toEqual([{ start: 0, end: 5, code: '64712', modifiers: [] }]);
    }
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it('does not remember prose', () => {
    const memo = createDetectMemo(known);
    const detect = vi.mocked(detector.detect);
    const text = 'The surgeon reported 64712 for the left side.';
    detect.mockClear();
    for (let i = 0; i < 2; i++) {
      const { context, reads } = contextOf({});
      expect(memo(text, context, reads)).toHaveLength(1);
    }
    expect(detect).toHaveBeenCalledTimes(2);
  });
});
