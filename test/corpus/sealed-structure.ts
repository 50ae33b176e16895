/**
 * The structural checks every sealed corpus set gets (issue 11): only the shape of the data, never the detector, so
 * reading or running them tells nothing about how the detector does on the set.
 */
import { describe, expect, it } from 'vitest';
import { parseSnippet } from './parse';
import type { Snippet } from './types';

export function describeSealedSet({
  name,
  set,
  prefix,
  others,
  unlabelled,
}: {
  name: string;
  set: readonly Snippet[];
  /** Every kind starts with it, e.g. `s3-`. */
  prefix: string;
  /** Every other corpus set: no kind or id may be shared with them. */
  others: readonly Snippet[];
  /** A text with one unlabelled five-digit token, to show the parse check is live. */
  unlabelled: string;
}): void {
  describe(`${name} corpus set`, () => {
    const parsed = set.flatMap((s) => {
      try {
        return [parseSnippet(s)];
      } catch {
        return []; // reported by the first test
      }
    });
    const kinds = new Set(set.map((s) => s.kind));
    const rest = others.filter((s) => !set.includes(s));

    it('parses every snippet, each label on a standalone five-digit token, no markers in the context', () => {
      for (const s of set) expect(() => parseSnippet(s)).not.toThrow();
      expect(parsed).toHaveLength(set.length);
      for (const { snippet, text, truth } of parsed) {
        const context = [
          snippet.before,
          snippet.after,
          snippet.columnHeader,
          ...(snippet.column ?? []),
          ...(snippet.row ?? []),
        ];
        for (const c of context)
          expect(/[{[]\d{5}[}\]]/.test(c ?? ''), `${snippet.id} context has a marker`).toBe(false);
        for (const t of truth) {
          const around = `${text[t.start - 1] ?? ''}${text[t.start + 5] ?? ''}`;
          expect(/\d/.test(around), `${snippet.id} ${t.code} sits inside a longer number`).toBe(false);
        }
      }
    });

    it('has at least 300 labelled tokens', () => {
      expect(parsed.reduce((n, p) => n + p.truth.length, 0)).toBeGreaterThanOrEqual(300);
    });

    it(`has at least 18 page shapes, all prefixed ${prefix}`, () => {
      expect(kinds.size).toBeGreaterThanOrEqual(18);
      for (const kind of kinds) expect(kind.startsWith(prefix), kind).toBe(true);
    });

    it('shares no page shape with any other corpus set', () => {
      const seen = new Set(rest.map((s) => s.kind));
      for (const kind of kinds) expect(seen.has(kind), kind).toBe(false);
    });

    it('has unique ids, also against every other corpus set', () => {
      const ids = set.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      const seen = new Set(rest.map((s) => s.id));
      for (const id of ids) expect(seen.has(id), id).toBe(false);
    });

    it('rejects an unlabelled five-digit token (the parse check is live)', () => {
      expect(() => parseSnippet({ id: 'x', kind: `${prefix}x`, text: unlabelled })).toThrow(/not labelled/);
    });
  });
}
