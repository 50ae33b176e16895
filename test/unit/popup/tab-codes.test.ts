import { describe, expect, it } from 'vitest';
import { type FrameCounts, locateOccurrence, sumFrameCounts, withFrameCounts } from '../../../lib/tab-codes';

const frames: FrameCounts[] = [
  { frameId: 7, counts: { '64712': 1, '64445': 2 } },
  { frameId: 0, counts: { '64712': 2, '64632': 1 } },
];

describe('sumFrameCounts', () => {
  it('sums every frame, ordered by code, and drops zero counts', () => {
    expect(sumFrameCounts([...frames, { frameId: 3, counts: { '64612': 0 } }])).toEqual([
      { code: '64445', count: 2 },
      { code: '64632', count: 1 },
      { code: '64712', count: 3 },
    ]);
  });
  it('is empty for no frames', () => {
    expect(sumFrameCounts([])).toEqual([]);
  });
});

describe('locateOccurrence', () => {
  it('walks the top frame first, then child frames by id, and wraps', () => {
    const at = (occurrence: number) => locateOccurrence({ frames, code: '64712', occurrence });
    expect(at(0)).toEqual({ frameId: 0, occurrence: 0 });
    expect(at(1)).toEqual({ frameId: 0, occurrence: 1 });
    expect(at(2)).toEqual({ frameId: 7, occurrence: 0 });
    expect(at(3)).toEqual({ frameId: 0, occurrence: 0 });
    expect(at(-1)).toEqual({ frameId: 7, occurrence: 0 });
  });
  it('finds a code held only by a child frame', () => {
    expect(locateOccurrence({ frames, code: '64445', occurrence: 1 })).toEqual({ frameId: 7, occurrence: 1 });
  });
  it('is undefined for a code no frame holds', () => {
    expect(locateOccurrence({ frames, code: '99213', occurrence: 0 })).toBeUndefined();
  });
});

describe('withFrameCounts', () => {
  it('replaces that frame only', () => {
    const next = withFrameCounts(frames, { frameId: 7, counts: {} });
    expect(next).toEqual([
      { frameId: 0, counts: { '64712': 2, '64632': 1 } },
      { frameId: 7, counts: {} },
    ]);
  });
});
