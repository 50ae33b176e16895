/**
 * The organization's publications at 5,000 (issue 12), called by `npm run bench`
 * (scripts/bench.ts). Run the Node-only part alone with `npx vite-node test/bench/publications.bench.ts`.
 *
 * - import and validate: 5,000 generated publications in the bundled format, zipped, opened and
 *   previewed with the runtime import (lib/publications/files.ts + import.ts, the build's parser);
 *   in Node, and in real Chromium through the options page's file input, up to the preview
 *   (progress indicator shown meanwhile);
 * - content-script start-up: time from navigation to the first full scan of a small page with the
 *   5 bundled codes, with 5,000 extra codes in the known-code list against none (median of runs);
 * - popup search: the catalogue (lib/publications/catalog.ts) over 5,000 imported entries plus the
 *   bundled ones, worst query time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BrowserContext, Worker } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { loadDataset, parseGlossary } from '../../data/plugin';
import { createCatalog } from '../../lib/publications/catalog';
import { readImportFiles } from '../../lib/publications/files';
import { previewImport } from '../../lib/publications/import';

const ROOT = resolve(import.meta.dirname, '../..');
export const PUBLICATIONS = 5_000;
const TEMPLATE = readFileSync(resolve(ROOT, 'data/sources/001_c898fc32336741b1.txt'), 'utf8');
const BUNDLED = ['64712', '64714', '64632', '64445', '64612'];

export const PUBLICATION_TARGETS = { importMs: 3000, startupAddedMs: 10, searchWorstMs: 20 };

const round = (ms: number) => Math.round(ms * 100) / 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** search.bench.ts's realistic generated entries, without running its own command line. */
async function generateEntries(options: { count: number; seed: number }) {
  process.env.CPT_LENS_BENCH_NO_CLI ??= '1';
  return (await import('./search.bench')).generateEntries(options);
}

/** 5,000 publications in the bundled format: the 64714 publication rewritten per code and title. */
export async function generatePublications(
  count = PUBLICATIONS,
): Promise<{ name: string; text: string; code: string }[]> {
  const entries = (await generateEntries({ count: count + BUNDLED.length, seed: 7 })).filter(
    (e) => !BUNDLED.includes(e.code),
  );
  return entries.slice(0, count).map((e) => ({
    code: e.code,
    name: `${e.code}.txt`,
    text: TEMPLATE.replace(/CPT 64714: [^\n]+/, `CPT ${e.code}: ${e.title}`).replaceAll('64714', e.code),
  }));
}

export function publicationsZip(pubs: { name: string; text: string }[]): Uint8Array {
  return zipSync(Object.fromEntries(pubs.map((p) => [p.name, strToU8(p.text)])), { level: 6 });
}

const KNOWN_MODIFIERS = new Set(
  parseGlossary({
    file: 'data/modifiers.json',
    text: readFileSync(resolve(ROOT, 'data/modifiers.json'), 'utf8'),
  }).keys(),
);

/** Import and validate in Node: unzip, parse, preview (the options page runs the same code). */
export async function benchImportNode(zip: Uint8Array): Promise<{ ms: number; cpuMs: number; accepted: number }> {
  // CPU time too: on a machine shared with other work, wall time mostly measures the neighbours.
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { files } = readImportFiles({ inputs: [{ name: 'publications.zip', bytes: zip }] });
  const preview = await previewImport({ files, existing: [], knownModifiers: KNOWN_MODIFIERS, pause: async () => {} });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (!preview.ok) throw new Error(`generated publications rejected: ${preview.problems[0]}`);
  return { ms: round(ms), cpuMs: round((used.user + used.system) / 1000), accepted: preview.accepted.length };
}

const QUERIES = [
  '6',
  '64',
  '6471',
  'sciatic',
  'nerve block',
  'facial spasm',
  'sciatc',
  'neurolisis',
  'neu',
  'lumbar plexus decompression',
];

/** The popup's search over the bundled entries plus 5,000 imported ones: worst query (max of 30 runs each). */
export async function benchCatalogSearch(): Promise<{ entries: number; buildMs: number; worstQueryMs: number }> {
  const user = (await generateEntries({ count: PUBLICATIONS, seed: 7 })).map((e) => ({
    ...e,
    file: `${e.code}.txt`,
    loadedAt: '2026-11-30T00:00:00.000Z',
    bytes: 5000,
  }));
  const catalog = createCatalog({ bundled: loadDataset().dataset.entries, user });
  let start = performance.now();
  catalog.search('warm');
  const buildMs = performance.now() - start;
  let worst = 0;
  for (const q of QUERIES)
    for (let i = 0; i < 30; i++) {
      start = performance.now();
      catalog.search(q, { limit: 8 });
      worst = Math.max(worst, performance.now() - start);
    }
  return { entries: catalog.counts.total, buildMs: round(buildMs), worstQueryMs: round(worst) };
}

/**
 * What the known-code list adds to the content script's start-up, run in its own isolated world
 * (so through the same storage path): read `publicationCodes` and build the known set, as
 * lib/page/known-codes.ts does. Wall time of that work, median of 30, with 5,000 codes and with none.
 */
const KNOWN_SET_WORK = `(async () => {
  const t0 = performance.now();
  const stored = await chrome.storage.local.get('publicationCodes');
  const extra = Array.isArray(stored.publicationCodes) ? stored.publicationCodes : [];
  const known = new Set([${BUNDLED.map((c) => `'${c}'`).join(',')}, ...extra]);
  String(extra);
  return { ms: performance.now() - t0, size: known.size };
})()`;

/**
 * In real Chromium with the bench build: the start-up work the code list adds, the time to the
 * first full scan with 5,000 extra codes against none, and the options page's import of the
 * 5,000 up to its preview. `inContentScript(url, expression)` opens `url` in a fresh tab, waits for
 * the content script's first scan and evaluates `expression` in its world; it returns the
 * expression's value and the first-scan-done time (ms since navigation).
 */
export async function benchPublicationsInBrowser({
  ext,
  worker,
  url,
  inContentScript,
  runs = 9,
}: {
  ext: BrowserContext;
  worker: Worker;
  url: string;
  inContentScript: <T>(url: string, expression: string) => Promise<{ value: T; firstScanDoneAt: number }>;
  runs?: number;
}) {
  const pubs = await generatePublications();
  const setCodes = (codes: string[]) =>
    worker.evaluate((c) => chrome.storage.local.set({ publicationCodes: c }), codes);
  const repeat = `(async () => { const out = []; for (let i = 0; i < 30; i++) out.push(await ${KNOWN_SET_WORK}); return out; })()`;
  const without: number[] = [];
  const withCodes: number[] = [];
  const work: Record<'without' | 'with5000', number[]> = { without: [], with5000: [] };
  // Alternate, so a noisy neighbour hits both alike.
  for (let i = 0; i < runs; i++) {
    for (const [codes, scans, key] of [
      [[], without, 'without'],
      [pubs.map((p) => p.code).sort(), withCodes, 'with5000'],
    ] as const) {
      await setCodes([...codes]);
      const { value, firstScanDoneAt } = await inContentScript<{ ms: number; size: number }[]>(url, repeat);
      scans.push(firstScanDoneAt);
      work[key].push(...value.map((v) => v.ms));
      if (value[0]?.size !== BUNDLED.length + codes.length) throw new Error(`known set of ${value[0]?.size}`);
    }
  }
  await setCodes([]);

  const id = new URL(worker.url()).host;
  const page = await ext.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  const input = page.getByLabel('Import publications');
  await input.waitFor();
  // A file on disk: Chromium reads it by path (a buffer would cross the DevTools protocol first).
  const dir = mkdtempSync(join(tmpdir(), 'cpt-lens-pubs-'));
  const zipPath = join(dir, 'publications.zip');
  writeFileSync(zipPath, publicationsZip(pubs));
  const start = Date.now();
  await input.setInputFiles(zipPath, { timeout: 120_000 });
  await page.getByText(`Ready to import ${PUBLICATIONS} publications`).waitFor({ timeout: 120_000 });
  const optionsImportMs = Date.now() - start;
  await page.close();
  rmSync(dir, { recursive: true, force: true });

  return {
    /** The added start-up work, in the content script's world: the target's measure. */
    startupAddedMs: round(median(work.with5000) - median(work.without)),
    knownSetWorkMs: { without: round(median(work.without)), with5000: round(median(work.with5000)) },
    /** Navigation to first full scan: dominated by a loaded machine's noise, kept for reference. */
    firstScanMs: { without: round(median(without)), with5000: round(median(withCodes)) },
    optionsImportMs,
  };
}

const cli = process.argv[1] ?? '';
if (!process.env.CPT_LENS_BENCH_NO_CLI && /[\\/]vite-node(\.m?js)?$|publications\.bench\.ts$/.test(cli)) {
  const zip = publicationsZip(await generatePublications());
  console.log('import + validate 5,000 (Node):', await benchImportNode(zip));
  console.log('popup search over 5,000 + bundled:', await benchCatalogSearch());
}
