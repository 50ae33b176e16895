// @vitest-environment node
/** Sources that must not parse, and the edge cases the real ones do not show. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mentionedModifiersOf, parseSource, SourceError } from '../../../data/parse';
import { buildDataset, loadDataset, parseGlossary } from '../../../data/plugin';
import { MALFORMED_CASES, matchesCase } from './malformed-cases';

const FILE = 'data/sources/001_c898fc32336741b1.txt';
/** 64714's real text: a valid source to break one way at a time. */
const GOOD = readFileSync(FILE, 'utf8');
const GLOSSARY = { file: 'data/modifiers.json', text: readFileSync('data/modifiers.json', 'utf8') };
const KNOWN = new Set(parseGlossary(GLOSSARY).keys());

function lines(text = GOOD): string[] {
  return text.split('\n');
}
function failure(text: string, file = 'data/sources/x.txt'): SourceError {
  try {
    parseSource({ file, text, knownModifiers: KNOWN });
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('the source parsed');
}
const parse = (text: string) => parseSource({ file: 'data/sources/x.txt', text, knownModifiers: KNOWN });

describe('a malformed source fails with file:line: problem', () => {
  it('missing title', () => {
    const broken = lines().filter((_, i) => i !== 1);
    const error = failure(broken.join('\n'));
    expect(error.message).toMatch(/^data\/sources\/x\.txt:2: missing title line: expected "CPT 12345: Title"/);
    expect(error.line).toBe(2);
  });

  it('a title without a five-digit code', () => {
    const broken = lines();
    broken[1] = 'CPT 6471: Open Lumbar Plexus Decompression';
    expect(failure(broken.join('\n')).message).toMatch(/^data\/sources\/x\.txt:2: missing title line/);
  });

  it('unknown section', () => {
    const broken = lines();
    broken.splice(9, 0, 'Payer Landscape', 'Aetna and Cigna cover it.');
    const error = failure(broken.join('\n'));
    expect(error.message).toBe(
      'data/sources/x.txt:10: unknown section "Payer Landscape": known sections are "Summary & Overview", "Billing Code Overview", "Clinical & Coding Specifications", "Clinical Context", "Coding Specifications"',
    );
  });

  it('a section twice, or out of order', () => {
    const twice = lines();
    twice.splice(9, 0, 'Billing Code Overview');
    expect(failure(twice.join('\n')).message).toBe(
      'data/sources/x.txt:10: section "Billing Code Overview" appears twice',
    );
    const swapped = lines().map((l) => (l === 'Billing Code Overview' ? 'Clinical Context' : l));
    expect(failure(swapped.join('\n')).message).toMatch(
      /^data\/sources\/x\.txt:\d+: section "(Clinical Context|Clinical & Coding Specifications)"/,
    );
  });

  it('text before "Summary & Overview"', () => {
    expect(failure(`Draft\n${GOOD}`).message).toMatch(/^data\/sources\/x\.txt:1: /);
  });

  it('an empty file', () => {
    expect(failure('\n\n').message).toBe('data/sources/x.txt:1: the file is empty');
  });

  it('a broken table row in the middle of the table', () => {
    const broken = `${GOOD}\nLT | Left side\n50 | Bilateral procedure | Use on both sides. |`;
    expect(failure(broken).message).toBe(
      'data/sources/x.txt:18: table row has 2 cells, expected 3 (Modifier | Description | When to Use)',
    );
  });

  it('a row whose modifier is not a modifier code', () => {
    const broken = `${GOOD}\nRight | Right side | Use on the right. |\n`;
    expect(failure(broken).message).toBe(
      'data/sources/x.txt:18: "Right" is not a modifier code (two characters, e.g. 26, RT)',
    );
  });

  it('a row with an empty description', () => {
    expect(failure(`${GOOD}\nLT |  | Use on the left. |\n`).message).toBe(
      'data/sources/x.txt:18: table row LT has an empty Description cell',
    );
  });

  it('a modifier listed twice in the table', () => {
    const broken = `${GOOD}\nRT | Right side | Again. |\n`;
    expect(failure(broken).message).toBe('data/sources/x.txt:18: modifier RT is listed twice in the table');
  });

  it('a wrong table header, or a missing separator', () => {
    const header = GOOD.replace('| Modifier | Description | When to Use |', '| Code | Meaning |');
    expect(failure(header).message).toMatch(
      /^data\/sources\/x\.txt:15: the Coding Specifications table must start with "\| Modifier \| Description \| When to Use \|"/,
    );
    const noSeparator = GOOD.replace('|---|---|---|\n', '');
    expect(failure(noSeparator).message).toBe(
      'data/sources/x.txt:16: expected the table separator "|---|---|---|", found "RT | Right side | Use when the procedure is performed on the right-sided lumb..."',
    );
  });

  it('text after the table', () => {
    expect(failure(`${GOOD}\n\nSee also 64713.\n`).message).toBe(
      'data/sources/x.txt:19: unexpected text after the Coding Specifications table: "See also 64713."',
    );
  });

  it('stray text after the service lines', () => {
    const broken = GOOD.replace(
      'Typical site of service: Hospital operating room',
      'Typical site of service: Hospital operating room\nIt is also done in clinics.\nTypical site of service: Hospital operating room',
    );
    expect(failure(broken).message).toMatch(/^data\/sources\/x\.txt:11: /);
  });

  it('two sources with the same code fail, naming both files', () => {
    const other = GOOD.replace('Open Lumbar Plexus Decompression (Neurolysis)', 'Copy');
    expect(() =>
      buildDataset({
        sources: [
          { file: 'data/sources/a.txt', text: GOOD },
          { file: 'data/sources/b.txt', text: other },
        ],
        glossary: GLOSSARY,
      }),
    ).toThrow('data/sources/b.txt:2: code 64714 is already defined by data/sources/a.txt:2');
  });
});

describe('what a source may lack is recorded, never invented', () => {
  it('a table that ends with a newline after its last row is complete', () => {
    const entry = parse(`${GOOD}\nLT | Left side | Use on the left. |\n`);
    expect(entry.modifiers.complete).toBe(true);
    expect(entry.modifiers.truncation).toBeUndefined();
    expect(entry.modifiers.rows.map((r) => r.code)).toEqual(['RT', 'LT']);
  });

  it('a row cut inside a cell keeps only the cells a "|" closed', () => {
    const entry = parse(`${GOOD}\nLT | Left side | Use when the proc`);
    expect(entry.modifiers.rows[1]).toEqual({ code: 'LT', description: 'Left side', whenToUse: null, line: 18 });
    expect(entry.modifiers.truncation).toBe('cut-row');
    const cutEarlier = parse(`${GOOD}\n59 | Distinct proc`);
    expect(cutEarlier.modifiers.rows[1]).toEqual({ code: '59', description: null, whenToUse: null, line: 18 });
  });

  it('a row cut inside its code adds no row but says the table is cut', () => {
    const entry = parse(`${GOOD}\n5`);
    expect(entry.modifiers.rows.map((r) => r.code)).toEqual(['RT']);
    expect(entry.modifiers.complete).toBe(false);
    expect(entry.modifiers.truncation).toBe('cut-row');
  });

  it('a source that ends before its table', () => {
    const cut = GOOD.slice(0, GOOD.indexOf('Coding Specifications\n|'));
    const entry = parse(cut);
    expect(entry.modifiers).toMatchObject({ rows: [], complete: false, truncation: 'no-table' });
  });

  it('"Data not available in the input" as a field value is { available: false }', () => {
    const text = GOOD.replace(
      'Service type: Open peripheral nerve decompression/neurolysis',
      'Service type: Data not available in the input.',
    ).replace(/Clinical Context\n.*\n/, 'Clinical Context\nData not available in the input.\n');
    const entry = parse(text);
    expect(entry.serviceType).toEqual({ available: false, note: 'Data not available in the input.' });
    expect(entry.clinicalContext).toEqual({ available: false, note: 'Data not available in the input.' });
    expect(entry.unavailableNotes.map((n) => n.section)).toEqual([
      'Summary & Overview',
      'Service type',
      'Clinical Context',
    ]);
  });

  it('a missing service line is unavailable with a note, not an empty string', () => {
    const entry = parse(GOOD.replace(/Typical site of service: .*\n/, ''));
    expect(entry.siteOfService).toEqual({
      available: false,
      note: 'The publication does not give a typical site of service.',
    });
  });

  it('a modifier named in the text that is also a table row stays a row only', () => {
    const entry = parse(GOOD.replace('(hospital OR and', '(append modifier RT or LT; hospital OR and'));
    expect(entry.modifiers.rows.map((r) => r.code)).toEqual(['RT']);
    expect(entry.mentionedModifiers).toEqual(['LT']);
  });

  it('headings written "and" for "&" or with a colon are the same sections', () => {
    const entry = parse(
      GOOD.replace('Summary & Overview', 'Summary and Overview').replace('Clinical Context\n', 'Clinical Context:\n'),
    );
    expect(entry.clinicalContext.available).toBe(true);
  });

  it('CRLF line ends and a byte-order mark', () => {
    const entry = parse(`\uFEFF${GOOD.replaceAll('\n', '\r\n')}`);
    expect(entry.code).toBe('64714');
    expect(entry.modifiers.rows[0]!.whenToUse).toMatch(/approach\.$/);
  });
});

describe('modifiers named in running text', () => {
  it('takes lists after "modifier(s)" and glossary codes after "for example"', () => {
    expect(
      mentionedModifiersOf({
        texts: ['Report modifier 59 or XS when distinct. Add modifiers (for example LT or RT) as needed.'],
        known: KNOWN,
      }),
    ).toEqual(['59', 'XS', 'LT', 'RT']);
  });
  it('ignores ages, "hospital OR" and sentences without the word modifier', () => {
    expect(
      mentionedModifiersOf({
        texts: [
          'A 52-year-old, for example, with modifier usage discussed in the hospital OR.',
          'Bilateral cases (for example 50) are common.',
        ],
        known: KNOWN,
      }),
    ).toEqual([]);
  });
});

describe('the glossary and the loader', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpt-lens-sources-'));
    dirs.push(dir);
    return dir;
  };

  it('a glossary entry with a bad code or no meaning names its line', () => {
    expect(() =>
      parseGlossary({ file: 'data/modifiers.json', text: '{\n  "26": "Professional.",\n  "R": "Right."\n}' }),
    ).toThrow(/^data\/modifiers\.json:3: modifier "R": /);
    expect(() => parseGlossary({ file: 'data/modifiers.json', text: '{\n  "26": ""\n}' })).toThrow(
      /^data\/modifiers\.json:2: modifier "26": /,
    );
    expect(() => parseGlossary({ file: 'data/modifiers.json', text: '{ "26": ' })).toThrow(
      /^data\/modifiers\.json:1: not valid JSON/,
    );
  });

  it('a modifier the glossary lacks is kept and warned about, not dropped', () => {
    const { dataset, warnings } = buildDataset({
      sources: [{ file: 'data/sources/x.txt', text: `${GOOD}\nZZ | Made up | Never. |\n` }],
      glossary: GLOSSARY,
    });
    expect(dataset.entries[0]!.modifiers.rows.map((r) => r.code)).toEqual(['RT', 'ZZ']);
    expect(warnings).toEqual([
      'data/sources/x.txt:18: modifier ZZ is not in data/modifiers.json; shown as "meaning not bundled"',
    ]);
    expect(dataset.modifiers.find((m) => m.code === 'ZZ')).toBeUndefined();
  });

  it('loads a folder, and names the broken file and line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '000_ok.txt'), GOOD);
    writeFileSync(join(dir, '001_bad.txt'), GOOD.replace('Clinical Context\n', 'Clinical Contexts\n'));
    expect(() => loadDataset({ dir })).toThrow(
      new RegExp(`^${join(dir, '001_bad.txt').replaceAll('/', '\\/')}:12: unknown section "Clinical Contexts"`),
    );
  });

  it('an empty folder fails', () => {
    expect(() => loadDataset({ dir: tempDir() })).toThrow(/no publications \(\*\.txt\)/);
  });

  it('the version is a content hash: it changes with any source', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '000.txt'), GOOD);
    const before = loadDataset({ dir }).dataset.version;
    expect(loadDataset({ dir }).dataset.version).toBe(before);
    writeFileSync(join(dir, '000.txt'), GOOD.replace('Right side', 'Right side of the body'));
    expect(loadDataset({ dir }).dataset.version).not.toBe(before);
  });
});

describe('the shared malformed cases fail the build with FILE:LINE: problem (the runtime import runs the same table)', () => {
  for (const c of MALFORMED_CASES)
    it(c.name, () => {
      let message = '';
      try {
        buildDataset({ sources: [{ file: 'data/sources/x.txt', text: c.text }], glossary: GLOSSARY });
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        message = error.message;
      }
      expect(matchesCase(message, 'data/sources/x.txt', c), message).toBe(true);
    });
});
