import { describe, expect, it } from 'vitest';
import { entryGetReply, pageListReply, parseMessage, toContent, travelListReply } from '../../lib/messages';

/**
 * The message schemas use `z.union`, `z.literal([…])` and a safe-integer refinement instead of
 * `z.discriminatedUnion`, `z.enum` and `z.int()` (content-script bytes): they must accept and refuse the same values.
 */
describe('message schemas', () => {
  it('accepts each known message and ignores unknown or malformed ones', () => {
    expect(parseMessage(toContent, { type: 'page/reveal', code: '64712', occurrence: 2 })).toEqual({
      type: 'page/reveal',
      code: '64712',
      occurrence: 2,
    });
    expect(parseMessage(toContent, { type: 'travel/clear' })).toEqual({ type: 'travel/clear' });
    expect(parseMessage(toContent, { type: 'page/nope' })).toBeUndefined();
    expect(parseMessage(toContent, { type: 'page/reveal', code: '6471', occurrence: 2 })).toBeUndefined();
    expect(parseMessage(toContent, { type: 'travel/selection', focused: 'yes' })).toBeUndefined();
  });

  it('takes whole numbers only where the schema says int', () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '2']) {
      expect(parseMessage(toContent, { type: 'page/reveal', code: '64712', occurrence: bad }), String(bad)).toBe(
        undefined,
      );
      expect(parseMessage(pageListReply, { counts: { 64712: bad } }), String(bad)).toBeUndefined();
    }
    expect(parseMessage(pageListReply, { counts: { 64712: 3 } })).toEqual({ counts: { 64712: 3 } });
    // Record keys are codes, modifiers are two characters.
    expect(parseMessage(pageListReply, { counts: { '64712x': 3 } })).toBeUndefined();
    expect(parseMessage(travelListReply, { path: null, codes: ['64712'], childBefore: [0, -1] })).toEqual({
      path: null,
      codes: ['64712'],
      childBefore: [0, -1],
    });
  });

  it('checks the literal lists of an entry (truncation, source kind) and its available/unavailable texts', () => {
    const entry = (over: Record<string, unknown>) => ({
      code: '64712',
      title: 'Neuroplasty',
      summary: [],
      keyPayers: [],
      billingOverview: '',
      serviceType: { available: true, text: 'Surgery' },
      siteOfService: { available: false, note: 'Not in this source' },
      clinicalContext: { available: false, note: 'n/a' },
      modifiers: { rows: [], complete: true },
      mentionedModifiers: [],
      unavailableNotes: [],
      source: { file: 'a.txt', kind: 'bundled' },
      ...over,
    });
    const reply = (e: unknown) => parseMessage(entryGetReply, { entry: e, meanings: {} });
    expect(reply(entry({}))?.entry?.code).toBe('64712');
    expect(reply(entry({ source: { file: 'a.txt', kind: 'remote' } }))).toBeUndefined();
    expect(reply(entry({ modifiers: { rows: [], complete: false, truncation: 'cut-row' } }))).toBeDefined();
    expect(reply(entry({ modifiers: { rows: [], complete: false, truncation: 'cut' } }))).toBeUndefined();
    expect(reply(entry({ serviceType: { available: true, note: 'x' } }))).toBeUndefined();
    expect(reply(null)).toEqual({ entry: null, meanings: {} });
    expect(reply(entry({ mentionedModifiers: ['RT', '59'] }))?.entry?.mentionedModifiers).toEqual(['RT', '59']);
    expect(reply(entry({ mentionedModifiers: ['R'] }))).toBeUndefined();
    expect(reply(entry({ code: '6471' }))).toBeUndefined();
  });
});
