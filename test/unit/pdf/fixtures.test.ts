// @vitest-environment node
/**
 * The test PDFs (test/pdf/fixtures.ts) read by pdf.js itself, as the viewer reads them: the policy
 * has its codes and decoys as text, the long file has 300 pages, the scan has no text, and the
 * broken and encrypted files fail with the errors lib/pdf/load-error.ts words.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadErrorMessage } from '../../../lib/pdf/load-error';
import { LONG_PAGES, POLICY, writePdfFixtures } from '../../pdf/fixtures';

let dir: string;
let paths: Awaited<ReturnType<typeof writePdfFixtures>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cpt-lens-pdf-unit-'));
  paths = await writePdfFixtures(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(path: string) {
  return pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false }).promise;
}

async function textOf(path: string, page = 1): Promise<string> {
  const doc = await open(path);
  try {
    const content = await (await doc.getPage(page)).getTextContent();
    return content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
  } finally {
    await doc.destroy();
  }
}

// pdf-lib writes 300 pages and pdf.js reads them: seconds on a busy machine.
describe('the PDF fixtures', { timeout: 120_000 }, () => {
  it('policy.pdf holds the five codes and the decoys as text', async () => {
    const text = await textOf(paths.policy);
    for (const code of POLICY.codes) expect(text).toContain(code);
    for (const decoy of Object.values(POLICY.decoys)) expect(text).toContain(decoy);
  });

  it('long.pdf has 300 pages with codes on each', async () => {
    const doc = await open(paths.long);
    expect(doc.numPages).toBe(LONG_PAGES);
    await doc.destroy();
    expect(await textOf(paths.long, LONG_PAGES)).toMatch(/Report 6\d{4} when/);
  });

  it('scanned.pdf has a page and no text', async () => {
    expect((await textOf(paths.scanned)).trim()).toBe('');
  });

  it('broken.pdf and encrypted.pdf fail as the viewer explains', async () => {
    const broken = await open(paths.broken).catch((error: unknown) => error);
    expect(loadErrorMessage(broken).title).toBe('This file is not a PDF, or it is damaged.');
    const encrypted = await open(paths.encrypted).catch((error: unknown) => error);
    expect((encrypted as Error).name).toBe('PasswordException');
    expect(loadErrorMessage(encrypted).title).toBe('This PDF is protected by a password.');
  });

  it('is deterministic: the same bytes every run', async () => {
    const again = mkdtempSync(join(tmpdir(), 'cpt-lens-pdf-unit-'));
    try {
      const second = await writePdfFixtures(again);
      for (const name of Object.keys(paths) as (keyof typeof paths)[]) {
        expect(readFileSync(second[name]).equals(readFileSync(paths[name])), name).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});

describe('loadErrorMessage', () => {
  it('words fetch failures with the status, and anything else generically', () => {
    expect(loadErrorMessage({ name: 'ResponseException', status: 404 }).detail).toBe('The server answered 404.');
    expect(loadErrorMessage({ name: 'FetchError' }).title).toBe('The PDF could not be fetched.');
    expect(loadErrorMessage(new TypeError('x')).title).toBe('The PDF could not be opened.');
    expect(loadErrorMessage(undefined).title).toBe('The PDF could not be opened.');
  });
});
