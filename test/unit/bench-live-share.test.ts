/**
 * The live bench's "our JS per frame" (scripts/bench-live.ts): our share of the busy samples in a window, which
 * the bench multiplies by the main thread's CPU, so a sampler slower than asked does not shrink the figure.
 */
import { describe, expect, it } from 'vitest';
import { type Profile, sampleShare } from '../../scripts/bench-live';

const node = (id: number, functionName: string, url = '', children: number[] = []) => ({
  id,
  callFrame: { functionName, url },
  children,
});

// root > idle, program, page script > ours > a native call (ours through its caller), page native.
const profile = (samples: number[], deltas: number[]): Profile => ({
  nodes: [
    node(1, '(root)', '', [2, 3, 4]),
    node(2, '(idle)'),
    node(3, '(program)'),
    node(4, 'tick', 'http://page/app.js', [5, 7]),
    node(5, 'flush', 'chrome-extension://abc/content.js', [6]),
    node(6, 'getBoundingClientRect'),
    node(7, 'querySelector'),
  ],
  startTime: 1000,
  samples,
  timeDeltas: deltas,
});

describe('sampleShare', () => {
  it('counts ours (natives we called included) and every sample but idle, inside the window only', () => {
    // Sample times: 1100, 1500, 1900, 2300, 2700, 3100, 3500 (uneven rate does not matter).
    const p = profile([2, 5, 6, 7, 3, 5, 4], [100, 400, 400, 400, 400, 400, 400]);
    expect(sampleShare(p, 1000, 3200)).toEqual({ ours: 3, busy: 5 });
    expect(sampleShare(p, 1400, 3600)).toEqual({ ours: 3, busy: 6 });
  });

  it('gives nothing for a window without samples', () => {
    expect(sampleShare(profile([5], [100]), 5000, 6000)).toEqual({ ours: 0, busy: 0 });
  });
});
