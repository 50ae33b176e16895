/**
 * Malformed publications and the `LINE: problem` each must fail with: one table, run by the build
 * (test/unit/data/malformed.test.ts, through buildDataset) and at runtime (an import on the options
 * page, test/unit/publications/runtime-parser.test.ts), so both parsers are provably one.
 */
import { readFileSync } from 'node:fs';

/** 64714's real text: a valid source to break one way at a time. */
export const GOOD = readFileSync('data/sources/001_c898fc32336741b1.txt', 'utf8');

const lines = () => GOOD.split('\n');

export interface MalformedCase {
  name: string;
  text: string;
  line: number;
  /** The problem after `FILE:LINE: `. */
  problem: string | RegExp;
}

export const MALFORMED_CASES: MalformedCase[] = [
  {
    name: 'missing title',
    text: lines()
      .filter((_, i) => i !== 1)
      .join('\n'),
    line: 2,
    problem: /^missing title line: expected "CPT 12345: Title"/,
  },
  {
    name: 'a title without a five-digit code',
    text: lines()
      .map((l, i) => (i === 1 ? 'CPT 6471: Open Lumbar Plexus Decompression' : l))
      .join('\n'),
    line: 2,
    problem: /^missing title line/,
  },
  {
    name: 'unknown section',
    text: (() => {
      const l = lines();
      l.splice(9, 0, 'Payer Landscape', 'Aetna and Cigna cover it.');
      return l.join('\n');
    })(),
    line: 10,
    problem:
      'unknown section "Payer Landscape": known sections are "Summary & Overview", "Billing Code Overview", "Clinical & Coding Specifications", "Clinical Context", "Coding Specifications"',
  },
  {
    name: 'a section twice',
    text: (() => {
      const l = lines();
      l.splice(9, 0, 'Billing Code Overview');
      return l.join('\n');
    })(),
    line: 10,
    problem: 'section "Billing Code Overview" appears twice',
  },
  { name: 'text before "Summary & Overview"', text: `Draft\n${GOOD}`, line: 1, problem: /^missing title line/ },
  { name: 'an empty file', text: '\n\n', line: 1, problem: 'the file is empty' },
  {
    name: 'a broken table row in the middle of the table',
    text: `${GOOD}\nLT | Left side\n50 | Bilateral procedure | Use on both sides. |`,
    line: 18,
    problem: 'table row has 2 cells, expected 3 (Modifier | Description | When to Use)',
  },
  {
    name: 'a row whose modifier is not a modifier code',
    text: `${GOOD}\nRight | Right side | Use on the right. |\n`,
    line: 18,
    problem: '"Right" is not a modifier code (two characters, e.g. 26, RT)',
  },
  {
    name: 'a row with an empty description',
    text: `${GOOD}\nLT |  | Use on the left. |\n`,
    line: 18,
    problem: 'table row LT has an empty Description cell',
  },
  {
    name: 'a modifier listed twice in the table',
    text: `${GOOD}\nRT | Right side | Again. |\n`,
    line: 18,
    problem: 'modifier RT is listed twice in the table',
  },
  {
    name: 'a wrong table header',
    text: GOOD.replace('| Modifier | Description | When to Use |', '| Code | Meaning |'),
    line: 15,
    problem: /^the Coding Specifications table must start with "\| Modifier \| Description \| When to Use \|"/,
  },
  {
    name: 'a missing separator',
    text: GOOD.replace('|---|---|---|\n', ''),
    line: 16,
    problem:
      'expected the table separator "|---|---|---|", found "RT | Right side | Use when the procedure is performed on the right-sided lumb..."',
  },
  {
    name: 'text after the table',
    text: `${GOOD}\n\nSee also 64713.\n`,
    line: 19,
    problem: 'unexpected text after the Coding Specifications table: "See also 64713."',
  },
  {
    name: 'stray text after the service lines',
    text: GOOD.replace(
      'Typical site of service: Hospital operating room',
      'Typical site of service: Hospital operating room\nIt is also done in clinics.\nTypical site of service: Hospital operating room',
    ),
    line: 11,
    problem: /./,
  },
];

/** Asserts `message` is `FILE:LINE: problem` for the case. */
export function matchesCase(message: string, file: string, c: MalformedCase): boolean {
  const prefix = `${file}:${c.line}: `;
  if (!message.startsWith(prefix)) return false;
  const problem = message.slice(prefix.length);
  return typeof c.problem === 'string' ? problem === c.problem : c.problem.test(problem);
}
