/**
 * Structure of the third sealed corpus set (issue 11). This file checks only the shape of the data: it never calls
 * the detector, so reading or running it tells nothing about how the detector does on the set.
 */
import { describe, expect, it } from 'vitest';
import { heldout } from '../corpus/heldout';
import { heldout2 } from '../corpus/heldout2';
import { parseSnippet } from '../corpus/parse';
import { sealed } from '../corpus/sealed';
import { sealed2 } from '../corpus/sealed2';
import { sealed3 } from '../corpus/sealed3';
import { tuning } from '../corpus/tuning';
import { tuning2 } from '../corpus/tuning2';
import { tuning3 } from '../corpus/tuning3';
import { tuning4 } from '../corpus/tuning4';

/** Every other corpus file, imported one by one so a set wired into score.ts later changes nothing here. */
const OTHERS = [...tuning, ...heldout, ...heldout2, ...tuning2, ...tuning3, ...tuning4, ...sealed, ...sealed2];

describe('sealed3 corpus set', () => {
  const parsed = sealed3.flatMap((s) => {
    try {
      return [parseSnippet(s)];
    } catch {
      return []; // reported by the first test
    }
  });
  const kinds = new Set(sealed3.map((s) => s.kind));

  it('parses every snippet, each label on a standalone five-digit token, no markers in the context', () => {
    for (const s of sealed3) expect(() => parseSnippet(s)).not.toThrow();
    expect(parsed).toHaveLength(sealed3.length);
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

  it('has at least 18 page shapes, all prefixed s3-', () => {
    expect(kinds.size).toBeGreaterThanOrEqual(18);
    for (const kind of kinds) expect(kind.startsWith('s3-'), kind).toBe(true);
  });

  it('shares no page shape with any other corpus file', () => {
    const seen = new Set(OTHERS.map((s) => s.kind));
    for (const kind of kinds) expect(seen.has(kind), kind).toBe(false);
  });

  it('has unique ids, also against every other corpus file', () => {
    const ids = sealed3.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const others = new Set(OTHERS.map((s) => s.id));
    for (const id of ids) expect(others.has(id), id).toBe(false);
  });

  it('rejects an unlabelled five-digit token (the parse check is live)', () => {
    expect(() => parseSnippet({ id: 'x', kind: 's3-x', text: 'Cost center 60944' })).toThrow(/not labelled/);
  });
});
