import { describe, expect, it } from 'vitest';
import { type FrameTravelReport, nextStop, readingOrder } from '../../lib/travel-order';

const frame = (r: Partial<FrameTravelReport> & { frameId: number }): FrameTravelReport => ({
  path: [],
  codes: [],
  childBefore: [],
  ...r,
});

// Top: A B [iframe 0] C [iframe 1]; iframe 0: D E with a nested frame between them holding F;
// iframe 1: G. A cross-origin frame (no path) holds H.
const tab: FrameTravelReport[] = [
  frame({ frameId: 9, path: null, codes: ['64999'] }),
  frame({ frameId: 0, path: [], codes: ['10001', '10002', '10003'], childBefore: [2, 3] }),
  frame({ frameId: 4, path: [1], codes: ['10007'] }),
  frame({ frameId: 2, path: [0], codes: ['10004', '10005'], childBefore: [1] }),
  frame({ frameId: 3, path: [0, 0], codes: ['10006'] }),
];
const names = (stops: { frameId: number; index: number }[]) => stops.map((s) => `${s.frameId}:${s.index}`);

describe('readingOrder', () => {
  it('puts each frame’s codes where its frame element sits, nested frames included, unplaced frames last', () => {
    expect(names(readingOrder(tab))).toEqual(['0:0', '0:1', '2:0', '3:0', '2:1', '0:2', '4:0', '9:0']);
    expect(readingOrder(tab).map((s) => s.code)).toEqual([
      '10001',
      '10002',
      '10004',
      '10006',
      '10005',
      '10003',
      '10007',
      '64999',
    ]);
  });

  it('keeps a frame whose parent did not report, after the placed ones', () => {
    const orphan = [frame({ frameId: 0, codes: ['10001'] }), frame({ frameId: 5, path: [2, 1], codes: ['10002'] })];
    expect(names(readingOrder(orphan))).toEqual(['0:0', '5:0']);
  });

  it('is empty for a tab without codes', () => {
    expect(readingOrder([frame({ frameId: 0 })])).toEqual([]);
  });
});

describe('nextStop', () => {
  it('starts at the first code going forward and at the last going back', () => {
    expect(nextStop({ reports: tab, direction: 'next' })).toMatchObject({
      stop: { frameId: 0, index: 0 },
      ordinal: 1,
      total: 8,
    });
    expect(nextStop({ reports: tab, direction: 'previous' })).toMatchObject({
      stop: { frameId: 9, index: 0 },
      ordinal: 8,
    });
  });

  it('moves from the focus mark across frames and wraps at both ends', () => {
    const at = (frameId: number, current: number) => tab.map((r) => (r.frameId === frameId ? { ...r, current } : r));
    expect(nextStop({ reports: at(0, 1), direction: 'next' })?.stop).toMatchObject({ frameId: 2, index: 0 });
    expect(nextStop({ reports: at(3, 0), direction: 'next' })?.stop).toMatchObject({ frameId: 2, index: 1 });
    expect(nextStop({ reports: at(3, 0), direction: 'previous' })?.stop).toMatchObject({ frameId: 2, index: 0 });
    expect(nextStop({ reports: at(9, 0), direction: 'next' })).toMatchObject({
      stop: { frameId: 0, index: 0 },
      ordinal: 1,
    });
    expect(nextStop({ reports: at(0, 0), direction: 'previous' })).toMatchObject({
      stop: { frameId: 9, index: 0 },
      ordinal: 8,
    });
  });

  it('starts from a caret that moved, before the focus mark', () => {
    const reports = tab.map((r) => (r.frameId === 0 ? { ...r, current: 0, caret: 2 } : r));
    // Caret after the top frame's second code: the next is its third, the previous is the iframe's last.
    expect(nextStop({ reports, direction: 'next' })?.stop).toMatchObject({ frameId: 0, index: 2 });
    expect(nextStop({ reports, direction: 'previous' })?.stop).toMatchObject({ frameId: 2, index: 1 });
  });

  it('prefers the deepest frame’s caret (a focused iframe’s ancestors report focus too)', () => {
    const reports = tab.map((r) => (r.frameId === 0 ? { ...r, caret: 0 } : r.frameId === 2 ? { ...r, caret: 1 } : r));
    expect(nextStop({ reports, direction: 'next' })?.stop).toMatchObject({ frameId: 2, index: 1 });
  });

  it('a caret after a frame’s last code goes on to what follows the frame', () => {
    const reports = tab.map((r) => (r.frameId === 4 ? { ...r, caret: 1 } : r));
    expect(nextStop({ reports, direction: 'next' })?.stop).toMatchObject({ frameId: 9, index: 0 });
    expect(nextStop({ reports, direction: 'previous' })?.stop).toMatchObject({ frameId: 4, index: 0 });
  });

  it('with a code, stops only at its occurrences, counted among them', () => {
    const reports = [
      frame({ frameId: 0, codes: ['64712', '64714', '64712'], childBefore: [2] }),
      frame({ frameId: 1, path: [0], codes: ['64712'] }),
    ];
    expect(nextStop({ reports, direction: 'next', code: '64712' })).toMatchObject({
      stop: { frameId: 0, index: 0 },
      ordinal: 1,
      total: 3,
    });
    // From the 64714 (marked), the next 64712 is the one in the frame, 2 of 3.
    const marked = reports.map((r) => (r.frameId === 0 ? { ...r, current: 1 } : r));
    expect(nextStop({ reports: marked, direction: 'next', code: '64712' })).toMatchObject({
      stop: { frameId: 1, index: 0 },
      ordinal: 2,
    });
    expect(nextStop({ reports, direction: 'next', code: '99999' })).toBeUndefined();
  });

  it('is undefined on a tab without codes', () => {
    expect(nextStop({ reports: [frame({ frameId: 0 })], direction: 'next' })).toBeUndefined();
  });
});
