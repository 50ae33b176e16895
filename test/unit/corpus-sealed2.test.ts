/**
 * Structure of the second sealed corpus set (issue 11). This file checks only the shape of the data: it never calls
 * the detector, so reading or running it tells nothing about how the detector does on the set.
 */
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../corpus/parse';
import { TUNING_SET } from '../corpus/score';
import { sealed } from '../corpus/sealed';
import { sealed2 } from '../corpus/sealed2';

describe('sealed2 corpus set', () => {
  const parsed = sealed2.flatMap((s) => {
    try {
      return [parseSnippet(s)];
    } catch {
      return []; // reported by the first test
    }
  });
  const kinds = new Set(sealed2.map((s) => s.kind));

  it('parses every snippet, each label on a standalone five-digit token, no markers in the context', () => {
    for (const s of sealed2) expect(() => parseSnippet(s)).not.toThrow();
    expect(parsed).toHaveLength(sealed2.length);
    for (const { snippet, text, truth } of parsed) {
      const context = [
        snippet.before,
        snippet.after,
        snippet.columnHeader,
        ...(snippet.column ?? []),
        ...(snippet.row ?? []),
      ];
      for (const c of context) expect(/[{[]\d{5}[}\]]/.test(c ?? ''), `${snippet.id} context has a marker`).toBe(false);
      for (const t of truth) {
        const around = `${text[t.start - 1] ?? ''}${text[t.start + 5] ?? ''}`;
        expect(/\d/.test(around), `${snippet.id} ${t.code} sits inside a longer number`).toBe(false);
      }
    }
  });

  it('has at least 300 labelled tokens', () => {
    expect(parsed.reduce((n, p) => n + p.truth.length, 0)).toBeGreaterThanOrEqual(300);
  });

  it('has at least 18 page shapes, all prefixed s2-', () => {
    expect(kinds.size).toBeGreaterThanOrEqual(18);
    for (const kind of kinds) expect(kind.startsWith('s2-'), kind).toBe(true);
  });

  it('shares no page shape with the tuning set or the first sealed set', () => {
    const seen = new Set([...TUNING_SET, ...sealed].filter((s) => !sealed2.includes(s)).map((s) => s.kind));
    for (const kind of kinds) expect(seen.has(kind), kind).toBe(false);
  });

  it('has unique ids, also against every other corpus set', () => {
    const ids = sealed2.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const others = new Set([...TUNING_SET, ...sealed].filter((s) => !sealed2.includes(s)).map((s) => s.id));
    for (const id of ids) expect(others.has(id), id).toBe(false);
  });

  it('rejects an unlabelled five-digit token (the parse check is live)', () => {
    expect(() => parseSnippet({ id: 'x', kind: 's2-x', text: 'Lockbox 64199' })).toThrow(/not labelled/);
  });
});
