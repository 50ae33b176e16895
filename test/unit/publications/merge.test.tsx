/**
 * The merge of sources: stored publications (yours, your administrator's) and the bundled data,
 * in storage (WXT's fake browser), through the background's `entry/get` answer, the popup's
 * catalogue and the card.
 */
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CodeCard } from '../../../components/CodeCard';
import { mergedEntryReply, syncManagedPublications } from '../../../lib/background/publications';
import { allEntries, allModifierCodes, getEntry } from '../../../lib/dataset';
import { entryGetReply, parseMessage } from '../../../lib/messages';
import { createCatalog } from '../../../lib/publications/catalog';
import { type ImportFile, previewImport } from '../../../lib/publications/import';
import { parseManagedPublications } from '../../../lib/publications/managed';
import { orderSources } from '../../../lib/publications/merge';
import {
  applyImport,
  CODES_KEY,
  readAllTexts,
  readManagedProblems,
  readMeta,
  removeUserPublications,
} from '../../../lib/publications/store';
import { GOOD } from '../data/malformed-cases';

const NOW = new Date('2026-11-30T06:00:00Z');

function publication(code: string, title = `Clinic Guidance for ${code}`): string {
  return GOOD.replace(/CPT 64714: [^\n]+/, `CPT ${code}: ${title}`).replaceAll('64714', code);
}
const file = (name: string, text: string): ImportFile => ({ name, label: name, text, bytes: text.length });

async function importFiles(files: ImportFile[]) {
  const preview = await previewImport({
    files,
    existing: await readMeta('user'),
    knownModifiers: allModifierCodes(),
    now: NOW,
    pause: async () => {},
  });
  expect(preview.ok).toBe(true);
  return applyImport(preview.accepted);
}

async function storedCodes(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(CODES_KEY))[CODES_KEY];
}

/** Sets the managed policy as Chromium would (the fake has no managed area of its own). */
function setPolicy(policy: Record<string, unknown>) {
  (fakeBrowser.storage.managed as unknown as { get: (k: unknown) => Promise<unknown> }).get = async (key) =>
    typeof key === 'string' ? (key in policy ? { [key]: policy[key] } : {}) : policy;
}

beforeEach(() => {
  fakeBrowser.reset();
  setPolicy({});
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
});

describe('storage: imported publications', () => {
  it('an import stores the list, the texts and the known-code list in one go; remove one, then all', async () => {
    await importFiles([file('64640.txt', publication('64640')), file('b.txt', publication('64641'))]);
    expect(await storedCodes()).toEqual(['64640', '64641']);
    expect((await readMeta('user')).map((m) => [m.code, m.file])).toEqual([
      ['64640', '64640.txt'],
      ['64641', 'b.txt'],
    ]);
    expect((await readAllTexts('user')).map((t) => t.text)).toEqual([publication('64640'), publication('64641')]);

    await removeUserPublications(['64640']);
    expect(await storedCodes()).toEqual(['64641']);
    expect(await fakeBrowser.storage.local.get('publication.user.64640')).toEqual({});

    await removeUserPublications();
    expect(await storedCodes()).toEqual([]);
    expect(await readMeta('user')).toEqual([]);
  });

  it('a later import adds to the earlier one and replaces the same code', async () => {
    await importFiles([file('a.txt', publication('64640'))]);
    await importFiles([file('b.txt', publication('64641')), file('c.txt', publication('64640', 'Revised'))]);
    expect((await readMeta('user')).map((m) => [m.code, m.file, m.title])).toEqual([
      ['64640', 'c.txt', 'Revised'],
      ['64641', 'b.txt', 'Clinic Guidance for 64641'],
    ]);
  });
});

describe('managed publications (policy)', () => {
  it('parses each on its own: a bad one is listed with FILE:LINE and left out, the others apply', async () => {
    const { publications, problems } = await parseManagedPublications({
      policy: {
        publications: [
          { file: 'clinic-64640.txt', text: publication('64640') },
          { file: 'broken.txt', text: 'Summary & Overview\nno title\n' },
          { text: publication('64645') },
          { file: 'dup.txt', text: publication('64640', 'Again') },
          'not an object',
        ],
      },
      previous: [],
      knownModifiers: allModifierCodes(),
      now: NOW,
    });
    expect(publications.map((p) => [p.meta.code, p.meta.file])).toEqual([
      ['64640', 'clinic-64640.txt'],
      ['64645', 'policy-publication-3.txt'],
    ]);
    expect(problems).toEqual([
      'Policy publications[4] (policy-publication-5.txt) has no "text"; it is ignored.',
      'broken.txt:2: missing title line: expected "CPT 12345: Title" at the start or right after "Summary & Overview", found "no title"',
      'dup.txt:2: code 64640 is already defined by clinic-64640.txt',
    ]);
  });

  it('the background stores them next to yours; the known-code list holds both', async () => {
    await importFiles([file('mine.txt', publication('64641'))]);
    setPolicy({
      publications: [
        { file: 'clinic.txt', text: publication('64640') },
        { file: 'x.txt', text: 'x' },
      ],
    });
    await syncManagedPublications();
    expect(await storedCodes()).toEqual(['64640', '64641']);
    expect((await readMeta('managed')).map((m) => m.file)).toEqual(['clinic.txt']);
    expect(await readManagedProblems()).toEqual([expect.stringMatching(/^x\.txt:1: /)]);
    // Removing all of yours keeps the administrator's.
    await removeUserPublications();
    expect(await storedCodes()).toEqual(['64640']);
    // A service worker that wakes to the same policy writes nothing.
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await syncManagedPublications();
    expect(set).not.toHaveBeenCalled();
    // The policy withdrawn: gone.
    setPolicy({});
    await syncManagedPublications();
    expect(await storedCodes()).toEqual([]);
  });
});

describe('entry/get merges every source, the organization’s first', () => {
  it('the same code from three sources: administrator, you, bundled; each labelled with its provenance', async () => {
    await importFiles([file('mine-64712.txt', publication('64712', 'Our Sciatic Neurolysis Notes'))]);
    setPolicy({ publications: [{ file: 'admin-64712.txt', text: publication('64712', 'Admin Notes') }] });
    await syncManagedPublications();
    const reply = await mergedEntryReply({ code: '64712' });
    // It crosses to the content script: it must pass the zod/mini reply schema.
    expect(parseMessage(entryGetReply, reply)).toEqual(reply);
    expect(reply.entry?.title).toBe('Admin Notes');
    expect(reply.entry?.source).toMatchObject({ kind: 'managed', file: 'admin-64712.txt' });
    expect(reply.entry?.source.loadedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(reply.others?.map((e) => [e.source.kind, e.title])).toEqual([
      ['user', 'Our Sciatic Neurolysis Notes'],
      ['bundled', getEntry('64712')!.title],
    ]);
    expect(reply.meanings.RT).toBeDefined();
  });

  it('a bundled-only code answers as before; an imported-only code has no others; an unknown code is null', async () => {
    await importFiles([file('64640.txt', publication('64640'))]);
    expect((await mergedEntryReply({ code: '64445' })).others).toBeUndefined();
    const imported = await mergedEntryReply({ code: '64640' });
    expect(imported.entry?.source.kind).toBe('user');
    expect(imported.others).toBeUndefined();
    expect(await mergedEntryReply({ code: '99999' })).toEqual({ entry: null, meanings: {} });
  });

  it('orderSources puts the organization first whatever the input order', () => {
    const bundled = getEntry('64712')!;
    const mine = { ...bundled, source: { ...bundled.source, kind: 'user' as const } };
    const admin = { ...bundled, source: { ...bundled.source, kind: 'managed' as const } };
    expect(orderSources([bundled, mine, admin]).map((e) => e.source.kind)).toEqual(['managed', 'user', undefined]);
  });
});

describe('the popup catalogue and the card follow the merged data', () => {
  it('counts per source, one search result per code, the organization’s title first', async () => {
    await importFiles([
      file('a.txt', publication('64640', 'Chemodenervation Clinic Protocol')),
      file('b.txt', publication('64712', 'Our Sciatic Neurolysis Notes')),
    ]);
    const catalog = createCatalog({ bundled: allEntries(), user: await readMeta('user') });
    expect(catalog.counts).toEqual({ managed: 0, user: 2, bundled: 5, total: 6 });
    expect(catalog.get('64712')).toMatchObject({ title: 'Our Sciatic Neurolysis Notes', kinds: ['user', 'bundled'] });
    expect(catalog.search('chemodenervation protocol')[0]?.entry.code).toBe('64640');
    expect(catalog.search('647').map((h) => h.entry.code)).toEqual(['64712', '64714']);
  });

  it('the card names the publication and its source in the footer, and shows every other source, labelled', () => {
    const bundled = getEntry('64712')!;
    const mine = {
      ...bundled,
      title: 'Our Sciatic Neurolysis Notes',
      source: { file: 'mine-64712.txt', titleLine: 2, kind: 'user' as const, loadedAt: NOW.toISOString() },
    };
    const host = document.createElement('div');
    render(<CodeCard entry={mine} others={[{ ...bundled, source: { ...bundled.source, kind: 'bundled' } }]} />, host);
    const footers = [...host.querySelectorAll('footer.cl-source')].map((f) => f.textContent);
    expect(footers).toEqual([
      'Source: “Our Sciatic Neurolysis Notes”, imported by you (mine-64712.txt, 2026-11-30)',
      `Source: “${bundled.title}”, bundled with CPT Lens`,
    ]);
    expect(host.querySelector('.cl-also')?.textContent).toMatch(/^Also bundled with CPT Lens:/);
    expect(host.textContent).not.toMatch(/[0-9a-f]{16}\.txt/);
  });
});
