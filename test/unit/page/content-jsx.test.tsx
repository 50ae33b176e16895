import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import * as preact from 'preact';
import { act } from 'preact/test-utils';
import { transformWithEsbuild } from 'vite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodeCard, type CodeCardProps } from '../../../components/CodeCard';
import type { CodeEntry } from '../../../data/schema';
import config from '../../../wxt.config';

/**
 * The content-script build compiles JSX to preact's createElement (wxt.config.ts), the tests and the
 * popup to the automatic runtime's jsx(): the hover card must come out the same either way.
 */

const ROOT = resolve(import.meta.dirname, '../../..');

/** The esbuild options wxt.config.ts gives the content-script build. */
function contentEsbuildOptions(): Record<string, string> {
  const viteConfig: Record<string, unknown> = { plugins: [], resolve: { alias: {} } };
  const hooks = config.hooks as Record<string, (entrypoints: unknown[], config: unknown) => void>;
  const hook = hooks['vite:build:extendConfig']!;
  hook([{ type: 'content-script' }], viteConfig);
  return viteConfig.esbuild as Record<string, string>;
}

/** components/CodeCard.tsx and what it imports, compiled as the content-script build compiles them. */
async function contentCodeCard(): Promise<typeof CodeCard> {
  const { jsxInject, ...jsx } = contentEsbuildOptions();
  const result = await build({
    entryPoints: [resolve(ROOT, 'components/CodeCard.tsx')],
    bundle: true,
    write: false,
    format: 'cjs',
    external: ['preact'],
    plugins: [
      {
        // Each .tsx file as Vite's esbuild plugin compiles it: `jsxInject` before its code, the JSX
        // options over tsconfig.json's.
        name: 'vite-jsx',
        setup(b) {
          b.onLoad({ filter: /\.tsx$/ }, async (args) => {
            const source = `${jsxInject};${readFileSync(args.path, 'utf8')}`;
            const { code } = await transformWithEsbuild(source, args.path, jsx);
            return { contents: code, loader: 'js' };
          });
        },
      },
    ],
  });
  const module = { exports: {} as { CodeCard: typeof CodeCard } };
  // The same preact instance as the test's, so both cards render through one render().
  new Function('require', 'module', 'exports', result.outputFiles[0]!.text)(
    (id: string) => {
      if (id !== 'preact') throw new Error(`unexpected import ${id}`);
      return preact;
    },
    module,
    module.exports,
  );
  return module.exports.CodeCard;
}

function entry(overrides: Partial<CodeEntry> = {}): CodeEntry {
  return {
    code: '64714',
    title: 'Open Lumbar Plexus Decompression (Neurolysis)',
    summary: ['CPT code 64714 denotes an open neurolysis.', 'Key payers discussed include Aetna.'],
    keyPayers: ['Aetna', 'Medicare'],
    billingOverview: 'CPT code 64714 describes an open surgical procedure.',
    serviceType: { available: true, text: 'Open peripheral nerve decompression/neurolysis' },
    siteOfService: { available: false, note: 'Not in this source' },
    clinicalContext: { available: true, text: 'A 46-year-old patient presents with lateral thigh pain.' },
    modifiers: {
      rows: [
        { code: 'RT', description: 'Right side', whenToUse: 'Use when the procedure is on the right.', line: 19 },
        { code: '50', description: null, whenToUse: null, line: 20 },
      ],
      complete: false,
      incompleteReason: 'The table ends at the page break.',
    },
    mentionedModifiers: ['LT'],
    unavailableNotes: [],
    source: { file: 'data/sources/001_c898fc32336741b1.txt' },
    ...overrides,
  };
}

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) {
    preact.render(null, root);
    root.remove();
  }
});

/** Each copy of the module numbers its own cards (`cl-card1`…): the ids differ by that alone. */
const html = (root: HTMLElement) => root.innerHTML.replace(/cl-card\d+/g, 'cl-card#');

function mount(Card: typeof CodeCard, props: CodeCardProps): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  act(() => preact.render(<Card {...props} />, root));
  return root;
}

describe('the content script’s JSX (createElement) renders the card the automatic runtime renders', () => {
  const cases: [string, CodeCardProps][] = [
    ['a plain card', { entry: entry() }],
    [
      'modifiers used on the page, a copy button and another source',
      {
        entry: entry(),
        meanings: { RT: 'Right side', LT: 'Left side' },
        used: ['RT', 'LT', 'XS'],
        onCopy: () => true,
        others: [entry({ title: 'Also', source: { file: 'x.txt', kind: 'user', loadedAt: '2026-01-02T00:00:00Z' } })],
      },
    ],
    [
      'no modifier rows, no payers',
      { entry: entry({ keyPayers: [], modifiers: { rows: [], complete: true }, mentionedModifiers: [] }) },
    ],
  ];

  let Content: typeof CodeCard;
  beforeAll(async () => {
    Content = await contentCodeCard();
  });

  it.each(cases)('%s, folded and unfolded', (_, props) => {
    expect(Content).not.toBe(CodeCard);
    const theirs = mount(CodeCard, props);
    const mine = mount(Content, props);
    expect(html(mine)).toBe(html(theirs));
    // "More" renders the fragment of summary, clinical context and payers.
    for (const root of [theirs, mine]) act(() => root.querySelector<HTMLButtonElement>('.cl-more')!.click());
    expect(html(mine)).toContain('Clinical context');
    expect(html(mine)).toBe(html(theirs));
  });
});
