/**
 * The same-tab bench's diagnosis mode (scripts/bench-onoff.ts, ONOFF_EVENTS=1) sums trace events by
 * name on one thread: total and self time (less the events nested in it), ours apart.
 */
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../scripts/bench-live';
import { quartiles, sumByName } from '../../scripts/bench-onoff';

const ev = (name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  cat: 'x',
  ph: 'X',
  ts,
  dur,
  tdur: dur,
  pid: 1,
  tid: 1,
  ...extra,
});

describe('sumByName', () => {
  it('gives each name its total and its self time, nested events subtracted from their parent only', () => {
    const sums = sumByName(
      [
        ev('RunTask', 0, 100),
        ev('FunctionCall', 10, 50),
        ev('Layout', 20, 10),
        ev('Paint', 70, 20),
        ev('RunTask', 200, 30),
        ev('RunTask', 1000, 5), // after the window
        ev('Paint', 75, 5, { tid: 2 }), // another thread
      ],
      1,
      1,
      0,
      500,
    );
    expect(sums.get('RunTask')).toEqual({ total: 130, self: 130 - 50 - 20 });
    expect(sums.get('FunctionCall')).toEqual({ total: 50, self: 40 });
    expect(sums.get('Layout')).toEqual({ total: 10, self: 10 });
    expect(sums.get('Paint')).toEqual({ total: 20, self: 20 });
  });

  it('counts a call into our content script apart from the page’s', () => {
    const sums = sumByName(
      [
        ev('FunctionCall', 0, 10, { args: { data: { url: 'chrome-extension://abc/content-scripts/content.js' } } }),
        ev('FunctionCall', 20, 4, { args: { data: { url: 'http://127.0.0.1/page.html' } } }),
      ],
      1,
      1,
      0,
      100,
    );
    expect(sums.get('FunctionCall (ours)')?.total).toBe(10);
    expect(sums.get('FunctionCall')?.total).toBe(4);
  });
});

describe('quartiles', () => {
  it('gives the first and third quartiles of the rounds, interpolated, whatever their order', () => {
    // The queue's four rounds of 2 December: one stray round (6.03) moves the median, not the quartiles' lower end.
    expect(quartiles([0.9, 0.27, 6.03, 1.69])).toEqual([0.7425, 2.775]);
    expect(quartiles([5, 1, 3, 2, 4])).toEqual([2, 4]);
  });

  it('skips rounds that measured nothing, and has no spread without rounds', () => {
    expect(quartiles([1, Number.NaN, 3])).toEqual([1.5, 2.5]);
    expect(quartiles([]).every(Number.isNaN)).toBe(true);
  });
});
