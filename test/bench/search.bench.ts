/**
 * Search at scale: builds the index over 10,000 generated entries and times typical queries
 * (code prefix, words, as-you-type prefixes, typos). `npm run bench` calls benchSearch(); run it
 * alone with `npx vite-node test/bench/search.bench.ts`.
 *
 * The generated entries mix real procedure vocabulary with made-up words, so the vocabulary is
 * about as large as a real 10,000-code catalogue (tens of thousands of distinct words).
 */
import { performance } from 'node:perf_hooks';
import type { CodeEntry } from '../../data/schema';
import { createSearchIndex, type SearchableEntry } from '../../lib/dataset-search';
import { random } from './random';

const ENTRIES = 10_000;

const WORDS = (
  'open percutaneous neurolysis injection nerve block sciatic facial lumbar plexus cervical thoracic ' +
  'sacral femoral median ulnar radial tibial peroneal genicular occipital trigeminal intercostal ' +
  'destruction decompression release compression chemical radiofrequency thermal ablation anesthetic ' +
  'steroid agent unilateral bilateral single multiple level guidance fluoroscopic ultrasound imaging ' +
  'diagnostic therapeutic arthroscopy repair excision biopsy incision drainage fixation fracture joint ' +
  'spine disc fusion laminectomy catheter infusion continuous epidural paravertebral facet transforaminal ' +
  'hospital outpatient department ambulatory surgery center office procedure suite operating room ' +
  'inpatient clinic interventional pain management peripheral surgical minor major procedure services'
).split(' ');

export function generateEntries({ count = ENTRIES, seed = 1 } = {}): SearchableEntry[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const syllables = 'ba ce di fo gu ha ke li mo nu pa re si to vu za lor men tis cal gen ost rat vel'.split(' ');
  const invented = Array.from({ length: 30_000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(syllables)).join(''),
  );
  const word = () => (next() < 0.6 ? pick(WORDS) : pick(invented));
  const words = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, word).join(' ');
  const codes = new Set<string>();
  while (codes.size < count) codes.add(String(10000 + Math.floor(next() * 90000)));
  return [...codes].map((code) => ({
    code,
    title: words(3, 9),
    billingOverview: `${words(30, 60)}.`,
    serviceType: { available: true, text: words(4, 8) },
    siteOfService:
      next() < 0.1
        ? { available: false, note: 'Data not available in the input.' }
        : { available: true, text: words(6, 12) },
  }));
}

const QUERIES = [
  '6',
  '64',
  '6471',
  '64712',
  'sciatic',
  'nerve block',
  'facial spasm',
  'sciatc',
  'neurolisis',
  'neu',
  'percutaneous radiofrequency ablation lumbar',
];

function time(fn: () => void, runs: number): { median: number; max: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, max: samples[samples.length - 1]! };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Milliseconds, rounded to the microsecond. */
export async function benchSearch(): Promise<Record<string, number>> {
  const entries = generateEntries() as CodeEntry[];
  const results: Record<string, number> = { 'search.entries': entries.length };
  let index = createSearchIndex({ entries });
  results['search.indexBuildMs'] = round(time(() => (index = createSearchIndex({ entries })), 5).median);
  let worst = 0;
  for (const query of QUERIES) {
    index.search(query); // warm up
    const { median, max } = time(() => index.search(query, { limit: 8 }), 30);
    results[`search.ms["${query}"]`] = round(median);
    worst = Math.max(worst, max);
  }
  results['search.worstQueryMs'] = round(worst);
  return results;
}

/**
 * Run alone: `npx vite-node test/bench/search.bench.ts` (vite-node leaves only its own path in
 * argv) or `npx vite-node --script test/bench/search.bench.ts`. Imported by scripts/bench.mjs
 * (argv[1] is that script), it only exports; an importer run by the vite-node CLI itself sets
 * CPT_LENS_BENCH_NO_CLI=1.
 */
const cli = process.argv[1] ?? '';
if (!process.env.CPT_LENS_BENCH_NO_CLI && (/[\\/]vite-node(\.m?js)?$/.test(cli) || cli.endsWith('search.bench.ts'))) {
  const results = await benchSearch();
  for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(60)} ${value}`);
}
