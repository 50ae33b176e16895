/**
 * Whether this build keeps the bench's counters: the time and work figures of the scanner's, the
 * highlighter's and the annotator's `stats()`. `npm run bench` builds with WXT_CPT_LENS_BENCH=1 and
 * reads them (entrypoints/content, entrypoints/pdf); the unit tests (not a production build) assert
 * on them. The shipped build never reads them: its bundler drops each `if (COUNTING)` (the content
 * script's 40 KB gzip budget: ~0.15 KB). What steers the work is kept in every build: the
 * highlighter's mode, the scanner's candidates and slices.
 */
export const COUNTING: boolean = !import.meta.env.PROD || import.meta.env.WXT_CPT_LENS_BENCH === '1';
