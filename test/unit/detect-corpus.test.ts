import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { KNOWN_5, KNOWN_10K } from '../corpus/known';
import { parseSnippet } from '../corpus/parse';
import { SEALED_SET, type SetScore, scoreSet, TUNING_SET } from '../corpus/score';

const show = (s: SetScore) =>
  `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} tp=${s.tp} fp=${s.fp} fn=${s.fn}\n` +
  s.misses.map((m) => `  ${m.kind} ${m.id} ${m.code}: ${JSON.stringify(m.around)}`).join('\n');

describe('labelled corpus', () => {
  const all = [...TUNING_SET, ...SEALED_SET];

  it('labels every five-digit token and has unique ids', () => {
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const s of all) expect(() => parseSnippet(s)).not.toThrow();
    expect(() => parseSnippet({ id: 'x', kind: 'x', text: 'Claim 64714' })).toThrow(/not labelled/);
  });

  it('has at least 1,000 tokens from at least 30 page shapes, split by shape', () => {
    const tokens = all.reduce((n, s) => n + parseSnippet(s).truth.length, 0);
    expect(tokens).toBeGreaterThanOrEqual(1000);
    const tuningKinds = new Set(TUNING_SET.map((s) => s.kind));
    const sealedKinds = new Set(SEALED_SET.map((s) => s.kind));
    expect(tuningKinds.size + sealedKinds.size).toBeGreaterThanOrEqual(30);
    for (const kind of sealedKinds) expect(tuningKinds.has(kind), kind).toBe(false);
  });

  it('builds a seeded 10,000-code known set over the CPT range, with the five real codes', () => {
    expect(KNOWN_10K.size).toBe(10_000);
    for (const code of KNOWN_5) expect(KNOWN_10K.has(code)).toBe(true);
    for (const code of KNOWN_10K) expect(code >= '00100' && code <= '99607' && code.length === 5, code).toBe(true);
  });

  it.each([
    ['5', KNOWN_5],
    ['10,000', KNOWN_10K],
  ] as const)('tuning set before tuning4, with %s known codes: precision >= 0.99, recall >= 0.98', (_, known) => {
    const t = scoreSet(
      TUNING_SET.filter((s) => !s.kind.startsWith('t4-')),
      detect,
      known,
    );
    expect(t.precision, show(t)).toBeGreaterThanOrEqual(0.99);
    expect(t.recall, show(t)).toBeGreaterThanOrEqual(0.98);
  });

  // TUNING4 (issue 11, generalisation pass): new page shapes, labels written before the first run. Its known misses
  // are not fixed within the content-script byte budget: a CSV opened as plain text (needs a CSV parser: 4 codes), a
  // UB-04 text layer (a modifier glued to the code, "64712RT", and a description before the code: 2), informal chat
  // ("Doc says 64714", "fyi 64445 got bundled": 2), and one false mark ("Charge 64612 created": a charge id). These
  // floors guard its current figures (P 0.985 / R 0.880 with both known sets); the whole tuning
  // set then scores P 0.997 / R 0.974, below the recall target.
  it.each([
    ['5', KNOWN_5],
    ['10,000', KNOWN_10K],
  ] as const)('tuning4 with %s known codes: no regression below its figures after tuning', (_, known) => {
    const t = scoreSet(
      TUNING_SET.filter((s) => s.kind.startsWith('t4-')),
      detect,
      known,
    );
    expect(t.precision, show(t)).toBeGreaterThanOrEqual(0.98);
    expect(t.recall, show(t)).toBeGreaterThanOrEqual(0.88);
  });

  // SEALED set: scored for the first time at commit e19d0e1 (detector frozen, never tuned on it):
  //   5 codes:      P=0.9398 R=0.9512 (tp 78, fp 5, fn 4 of 262 tokens, 82 codes)
  //   10,000 codes: P=0.9398 R=0.9512 (none of its 39 other decoy numbers fell in the synthetic set)
  // One fix followed that run (a bound unknown word is not overridden by a procedure word in `before`: "PMG 64714"
  // after "Hosp Svc"), so from then on the sealed set is tuning data too. Its remaining misses were then fixed by
  // general rules (a parsed HL7 row read by segment and field, a subject pronoun, a clause after a colon label, a list
  // under a code head): P=1.000 R=1.000 with both known sets, then R=0.988 when the clause-after-colon rule ("CCI: 64445
  // is a component of …") was dropped for the content-script byte budget. It is held to the tuning floors now.
  it.each([
    ['5', KNOWN_5],
    ['10,000', KNOWN_10K],
  ] as const)('former sealed set (tuning now) with %s known codes: precision >= 0.99, recall >= 0.98', (_, known) => {
    const s = scoreSet(
      TUNING_SET.filter((t) => t.kind.startsWith('s-')),
      detect,
      known,
    );
    expect(s.precision, show(s)).toBeGreaterThanOrEqual(0.99);
    expect(s.recall, show(s)).toBeGreaterThanOrEqual(0.98);
  });

  // SEALED set 2 (`sealed2.ts`, 515 tokens, 31 page shapes): written and committed (1e7e54c) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of 273869a (after tuning4):
  //   5 codes:      P=0.9603 R=0.7713 (tp 145, fp 6, fn 43; 188 codes, 113 decoys with known digits)
  //   10,000 codes: P=0.9063 R=0.7713 (fp 15: 238 of its decoys are in the synthetic set)
  // Targets (P >= 0.99, R >= 0.98; P >= 0.97 with 10,000 codes) are NOT met. No rule has followed its misses yet, so it
  // is still unseen by tuning. These floors are its first score, as a regression guard only: a rule written after
  // reading its misses makes it tuning data, and the note that adds it must say so.
  it.each([
    ['5', KNOWN_5, 0.96],
    ['10,000', KNOWN_10K, 0.906],
  ] as const)('sealed set 2 with %s known codes: no regression below its first score', (_, known, precision) => {
    const s = scoreSet(SEALED_SET, detect, known);
    expect(s.precision, show(s)).toBeGreaterThanOrEqual(precision);
    expect(s.recall, show(s)).toBeGreaterThanOrEqual(0.771);
  });
});
