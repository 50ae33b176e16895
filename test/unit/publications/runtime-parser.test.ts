// @vitest-environment node
/**
 * The runtime import (options page) parses with the build's own parser: the same malformed cases
 * as the build (test/unit/data/malformed-cases.ts) are rejected with the same `FILE:LINE: problem`,
 * only the file is the user's. And the limits, stated and enforced.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../data/plugin';
import { exportZip, readImportFiles } from '../../../lib/publications/files';
import { type ImportFile, previewImport, previewProblems } from '../../../lib/publications/import';
import { limitsSentence, PUBLICATION_LIMITS, type PublicationLimits } from '../../../lib/publications/limits';
import type { PublicationMeta } from '../../../lib/publications/types';
import { GOOD, MALFORMED_CASES, matchesCase } from '../data/malformed-cases';

const KNOWN = new Set(
  parseGlossary({ file: 'data/modifiers.json', text: readFileSync('data/modifiers.json', 'utf8') }).keys(),
);
const NOW = new Date('2026-11-30T06:00:00Z');
const noPause = async () => {};

/** GOOD rewritten to define `code` (title line and text). */
function publication(code: string, title = `Clinic Guidance for ${code}`): string {
  return GOOD.replace(/CPT 64714: [^\n]+/, `CPT ${code}: ${title}`).replaceAll('64714', code);
}

function file(name: string, text: string): ImportFile {
  return { name, label: name, text, bytes: new TextEncoder().encode(text).byteLength };
}

function preview(
  files: ImportFile[],
  existing: PublicationMeta[] = [],
  limits: PublicationLimits = PUBLICATION_LIMITS,
) {
  return previewImport({ files, existing, knownModifiers: KNOWN, now: NOW, limits, pause: noPause });
}

describe('an import is parsed by the build’s parser, with the same FILE:LINE messages', () => {
  for (const c of MALFORMED_CASES)
    it(c.name, async () => {
      const result = await preview([file('ours.zip/x.txt', c.text)]);
      expect(result.ok).toBe(false);
      expect(result.accepted).toEqual([]);
      const [message = ''] = previewProblems(result);
      expect(matchesCase(message, 'ours.zip/x.txt', c), message).toBe(true);
    });

  it('a good publication previews its code and title, and carries its file and load time', async () => {
    const result = await preview([file('64640.txt', publication('64640'))]);
    expect(result.ok).toBe(true);
    expect(result.items).toEqual([
      { file: '64640.txt', code: '64640', title: 'Clinic Guidance for 64640', problems: [] },
    ]);
    const [p] = result.accepted;
    expect(p?.meta).toMatchObject({ code: '64640', file: '64640.txt', loadedAt: NOW.toISOString() });
    expect(p?.entry.source.file).toBe('64640.txt');
  });

  it('is all or nothing: one bad file rejects the whole import, and every file is still listed', async () => {
    const result = await preview([
      file('a.txt', publication('64640')),
      file('b.txt', MALFORMED_CASES[0]!.text),
      file('c.txt', publication('64641')),
    ]);
    expect(result.ok).toBe(false);
    expect(result.accepted).toEqual([]);
    expect(result.items.map((i) => [i.file, i.code, i.problems.length])).toEqual([
      ['a.txt', '64640', 0],
      ['b.txt', undefined, 1],
      ['c.txt', '64641', 0],
    ]);
  });

  it('rejects one code defined by two files of the import, naming both', async () => {
    const result = await preview([file('a.txt', publication('64640')), file('b.txt', publication('64640', 'Copy'))]);
    expect(previewProblems(result)).toEqual(['b.txt:2: code 64640 is already defined by a.txt:2']);
  });

  it('says which earlier import a file replaces: nothing is replaced silently', async () => {
    const existing = (await preview([file('old.txt', publication('64640'))])).accepted.map((p) => p.meta);
    const result = await preview([file('new.txt', publication('64640', 'New'))], existing);
    expect(result.ok).toBe(true);
    expect(result.items[0]?.replaces).toEqual({ file: 'old.txt', loadedAt: NOW.toISOString() });
  });

  it('reports progress in chunks and yields between them', async () => {
    const files = Array.from({ length: 250 }, (_, i) => file(`${i}.txt`, publication(String(60000 + i))));
    const seen: number[] = [];
    let pauses = 0;
    const result = await previewImport({
      files,
      existing: [],
      knownModifiers: KNOWN,
      onProgress: (done) => seen.push(done),
      pause: async () => {
        pauses++;
      },
    });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([100, 200, 250]);
    expect(pauses).toBe(2);
  });
});

describe('limits are stated and enforced', () => {
  const small = { maxPublications: 3, maxFileBytes: 20_000, maxTotalBytes: 30_000 };

  it('states them in words', () => {
    expect(limitsSentence()).toBe('Up to 5,000 publications, 256 KB per file and 40 MB in all.');
  });

  it('the number of publications kept, counting earlier imports', async () => {
    const existing = (
      await preview([file('a.txt', publication('60001')), file('b.txt', publication('60002'))], [], small)
    ).accepted.map((p) => p.meta);
    const result = await preview(
      [file('c.txt', publication('60003')), file('d.txt', publication('60004'))],
      existing,
      small,
    );
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['This import would keep 4 publications; the limit is 3. Remove some first.']);
    // Replacing an existing code does not count twice.
    expect((await preview([file('c.txt', publication('60002'))], existing, small)).ok).toBe(true);
  });

  it('too many files in one import', async () => {
    const files = Array.from({ length: 4 }, (_, i) => file(`${i}.txt`, publication(String(60000 + i))));
    expect((await preview(files, [], small)).problems[0]).toBe('4 files: an import holds at most 3 publications.');
  });

  it('the size of one file, and of all together', async () => {
    const big = file('big.txt', `${publication('60001')}${' '.repeat(20_000)}`);
    const [tooBig, ...rest] = previewProblems(await preview([big], [], small));
    expect(tooBig).toMatch(/^big\.txt:1: 2\d KB, over the 20 KB a publication may have$/);
    expect(rest).toEqual([]);
    const files = Array.from({ length: 3 }, (_, i) => file(`${i}.txt`, publication(String(60000 + i))));
    const result = await preview(files, [], { ...small, maxTotalBytes: 10_000 });
    expect(result.problems[0]).toMatch(/^This import would keep 1\d KB of publications; the limit is 10 KB\.$/);
  });

  it('nothing to import', async () => {
    expect((await preview([])).problems).toEqual(['No .txt publication to import.']);
  });
});

describe('files: .txt, .zip, export', () => {
  const bytes = (text: string) => strToU8(text);

  it('opens a .zip, takes its .txt members, ignores the rest, and names members in messages', async () => {
    const zip = zipSync({
      'pubs/64640.txt': bytes(publication('64640')),
      'pubs/bad.txt': bytes('Summary & Overview\nno title\n'),
      '__MACOSX/pubs/._64640.txt': bytes('junk'),
      'readme.md': bytes('hello'),
    });
    const { files, problems, ignored } = readImportFiles({ inputs: [{ name: 'ours.zip', bytes: zip }] });
    expect(problems).toEqual([]);
    expect(ignored.sort()).toEqual(['ours.zip/__MACOSX/pubs/._64640.txt', 'ours.zip/readme.md']);
    expect(files.map((f) => [f.name, f.label])).toEqual([
      ['64640.txt', 'ours.zip/pubs/64640.txt'],
      ['bad.txt', 'ours.zip/pubs/bad.txt'],
    ]);
    const result = await preview(files);
    expect(previewProblems(result)).toEqual([
      'ours.zip/pubs/bad.txt:2: missing title line: expected "CPT 12345: Title" at the start or right after "Summary & Overview", found "no title"',
    ]);
  });

  it('refuses a zip member over the size limit before inflating it, and a file that is not UTF-8 or not .txt', () => {
    const zip = zipSync({ 'huge.txt': new Uint8Array(300 * 1024).fill(32) });
    expect(readImportFiles({ inputs: [{ name: 'z.zip', bytes: zip }] }).problems).toEqual([
      'z.zip/huge.txt:1: 300 KB, over the 256 KB a publication may have',
    ]);
    const { problems } = readImportFiles({
      inputs: [
        { name: 'latin1.txt', bytes: new Uint8Array([0x43, 0xe9, 0x0a]) },
        { name: 'doc.pdf', bytes: bytes('%PDF') },
        { name: 'broken.zip', bytes: bytes('not a zip') },
      ],
    });
    expect(problems[0]).toBe('latin1.txt:1: not UTF-8 text');
    expect(problems[1]).toBe('doc.pdf:1: not a .txt publication or a .zip of them');
    expect(problems[2]).toMatch(/^broken\.zip:1: not a readable \.zip archive/);
  });

  it('export is a .zip of the .txt files that re-imports to the same entries', async () => {
    const first = await preview([file('64640.txt', publication('64640')), file('x.txt', publication('64641'))]);
    const zip = exportZip(first.accepted.map((p) => ({ file: p.meta.file, text: p.text })));
    const again = await preview(readImportFiles({ inputs: [{ name: 'export.zip', bytes: zip }] }).files);
    expect(again.ok).toBe(true);
    expect(again.accepted.map((p) => p.entry)).toEqual(first.accepted.map((p) => p.entry));
    expect(again.accepted.map((p) => p.meta)).toEqual(first.accepted.map((p) => p.meta));
  });
});
