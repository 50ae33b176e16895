/** The corpus scorer itself (test/corpus/score.ts), with stand-in detectors: what counts for and against a score. */
import { describe, expect, it } from 'vitest';
import { scoreSet } from '../corpus/score';

const known = new Set(['64712', '64714']);
const snippet = { id: 'x', kind: 'x', text: 'CPT {64712}, {64640} and {64714}; claim [64714]' };
/** Marks every five-digit run (a detector that cannot tell anything apart). */
const markAll = ({ text }: { text: string }) =>
  [...text.matchAll(/\d{5}/g)].map((m) => ({ start: m.index, code: m[0] }));

describe('scoreSet', () => {
  it('counts a labelled code the known set does not hold neither for nor against recall', () => {
    const s = scoreSet([snippet], () => [], known);
    expect(s.tokens).toBe(4);
    expect(s.codes).toBe(2);
    expect(s.fn).toBe(2);
    expect(s.misses.map((m) => m.code)).toEqual(['64712', '64714']);
  });

  it('counts a mark on such a code, and on a decoy, as a false mark', () => {
    const s = scoreSet([snippet], markAll, known);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 2, 0]);
    expect(s.misses.map((m) => `${m.kind} ${m.code}`)).toEqual(['fp 64640', 'fp 64714']);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
  });

  it('with a known set that holds it, the same code counts for recall', () => {
    const s = scoreSet([snippet], () => [], new Set([...known, '64640']));
    expect([s.codes, s.fn]).toEqual([3, 3]);
  });
});
