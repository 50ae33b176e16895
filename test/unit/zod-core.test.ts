import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import * as lean from '../../lib/page/zod-core';

/**
 * The content-script build resolves `zod/mini` to lib/page/zod-core.ts (wxt.config.ts): its schemas must accept,
 * refuse and return exactly what zod/mini's do, with the same issues.
 */
const values: unknown[] = [
  0,
  7,
  1.5,
  Number.NaN,
  '64712',
  'RT',
  '',
  true,
  false,
  null,
  undefined,
  {},
  [],
  ['a', 'b'],
  ['a', 1],
  [undefined],
  { a: 'x' },
  { a: 'x', b: 2 },
  { a: 1 },
  { a: 'x', extra: true },
  { b: 'y' },
  { a: undefined },
  Object.create(null),
  new Date(0),
  1n,
];

type Parsed = { success: boolean; data?: unknown; error?: { issues: unknown } };
const outcome = (r: Parsed) => (r.success ? { data: r.data } : { issues: r.error?.issues });

const str = (m: typeof z) => m.custom<string>((v) => typeof v === 'string');

function same(build: (m: typeof z) => z.core.$ZodType, more: unknown[] = []) {
  const mine = build(lean as unknown as typeof z);
  const theirs = build(z);
  expect('parse' in mine, 'a core schema, not a zod/mini one').toBe(false);
  for (const v of [...values, ...more]) {
    const label = typeof v === 'bigint' ? String(v) : (JSON.stringify(v) ?? String(v));
    expect(outcome(lean.safeParse(mine, v) as Parsed), label).toEqual(outcome(z.safeParse(theirs, v) as Parsed));
  }
}

describe('lib/page/zod-core.ts builds the schemas zod/mini builds', () => {
  it('custom', () => same((m) => str(m)));
  it('object', () => same((m) => m.object({ a: str(m) })));
  it('object with an optional field', () => same((m) => m.object({ a: str(m), b: m.optional(str(m)) })));
  it('array', () => same((m) => m.array(str(m))));
  it('union', () => same((m) => m.union([m.object({ a: str(m) }), m.object({ b: str(m) })])));
  it('optional', () => same((m) => m.optional(str(m))));
  it('record', () =>
    same(
      (m) =>
        m.record(
          m.custom<string>((k) => typeof k === 'string' && /^[a-z]$/.test(k)),
          str(m),
        ),
      [{ A: 'x' }],
    ));
});

describe('messages and settings parse the same with zod-core as with zod/mini', () => {
  async function load(useLean: boolean) {
    vi.resetModules();
    if (useLean) vi.doMock('zod/mini', () => import('../../lib/page/zod-core'));
    else vi.doUnmock('zod/mini');
    const messages = await import('../../lib/messages');
    const settings = await import('../../lib/settings-read');
    const faults = await import('../../lib/settings-faults');
    return { messages, settings, faults };
  }

  const entry = (over: Record<string, unknown> = {}) => ({
    code: '64712',
    title: 'Neuroplasty',
    summary: ['a'],
    keyPayers: ['Aetna'],
    billingOverview: '',
    serviceType: { available: true, text: 'Surgery' },
    siteOfService: { available: false, note: 'Not in this source' },
    clinicalContext: { available: false, note: 'n/a' },
    modifiers: {
      rows: [{ code: 'RT', description: 'Right side', whenToUse: null, line: 12 }],
      complete: false,
      truncation: 'cut-row',
    },
    mentionedModifiers: ['LT'],
    unavailableNotes: [{ section: 'Clinical', text: 'n/a', line: 3 }],
    source: { file: 'a.txt', kind: 'bundled', titleLine: 1 },
    ...over,
  });

  const replies: unknown[] = [
    { entry: entry(), meanings: { RT: 'Right side' } },
    { entry: entry(), meanings: { RT: 'Right side' }, others: [entry({ source: { file: 'b.txt', kind: 'user' } })] },
    { entry: null, meanings: {} },
    { entry: entry({ code: '6471' }), meanings: {} },
    { entry: entry({ source: { file: 'a.txt', kind: 'remote' } }), meanings: {} },
    { entry: entry({ serviceType: { available: true, note: 'x' } }), meanings: {} },
    { entry: entry({ modifiers: { rows: [], complete: true, truncation: 'cut' } }), meanings: {} },
    { entry: entry({ mentionedModifiers: ['R'] }), meanings: {} },
    { entry: entry(), meanings: { R: 'x' } },
    { entry: entry(), meanings: { RT: 1 } },
    { entry: entry(), meanings: {}, others: null },
    { entry: entry({ extra: 1 }), meanings: {} },
    { meanings: {} },
    null,
    'reply',
  ];
  const toContent: unknown[] = [
    { type: 'page/list' },
    { type: 'page/reveal', code: '64712', occurrence: 2 },
    { type: 'page/reveal', code: '64712', occurrence: 1.5 },
    { type: 'travel/list' },
    { type: 'travel/show', index: 0, ordinal: 1, total: 3 },
    { type: 'travel/show', index: 0, ordinal: 1 },
    { type: 'travel/clear', more: 1 },
    { type: 'travel/selection', focused: true },
    { type: 'travel/selection', focused: 'yes' },
    { type: 'page/nope' },
    {},
    undefined,
  ];
  const stored: unknown[] = [
    undefined,
    null,
    [],
    'x',
    { mode: 'only-listed', sites: [{ host: 'Example.com', includeSubdomains: true }], hoverDelayMs: 100 },
    { mode: 'nope', holdKey: 'Alt', highlightStyle: 'background', hoverDelayMs: 2001 },
    { sites: [{ host: 'a.com' }, { host: 'b.com', includeSubdomains: false }, 'c.com', null], extra: 1 },
    { sites: 'a.com', hoverDelayMs: 1.5, holdKey: 'Tab', highlightStyle: 'off' },
  ];
  const policies: unknown[] = [
    undefined,
    null,
    { forceEnabledHosts: ['a.com', 3], forceDisabledHosts: 'b.com', lockedMode: 'only-listed' },
    { lockedMode: 'sometimes', forceDisabledHosts: ['*.b.com', 'bad host'] },
  ];

  it('gives the same results for replies, page messages, stored settings and policies', async () => {
    const results = async (useLean: boolean) => {
      const { messages, settings, faults } = await load(useLean);
      expect('parse' in messages.toContent(), 'the schemas are built by the module under test').toBe(!useLean);
      return {
        replies: replies.map((r) => messages.parseMessage(messages.entryGetReply, r)),
        toContent: toContent.map((m) => messages.parseMessage(messages.toContent, m)),
        // What the content script reads (settingsOf, policyOf) and what the pages read, faults and all.
        stored: stored.map((s) => [settings.settingsOf(s), faults.checkStoredSettings(s)]),
        policies: policies.map((p) => [settings.policyOf(p), faults.checkPolicy(p)]),
      };
    };
    const mine = await results(true);
    const theirs = await results(false);
    expect(mine).toEqual(theirs);
    expect(mine.replies.filter(Boolean)).toHaveLength(4);
    expect(mine.toContent.filter(Boolean)).toHaveLength(6);
  });
});
