import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../data/plugin';
import type { CodeEntry } from '../../data/schema';
import { type EntryGetReply, entryGetReply, parseMessage } from '../../lib/messages';

// The zod/mini mirror in lib/messages.ts and data/schema.ts's CodeEntry must describe the same shape.
type Entry = NonNullable<EntryGetReply['entry']>;
const toMirror = (e: CodeEntry): Entry => e;
const fromMirror = (e: Entry): CodeEntry => e;

describe('entry/get reply schema', () => {
  const { dataset } = loadDataset();

  it('accepts every bundled entry with its glossary meanings', () => {
    const meanings = Object.fromEntries(dataset.modifiers.map((m) => [m.code, m.meaning]));
    for (const entry of dataset.entries) {
      const reply = parseMessage(entryGetReply, { entry: toMirror(entry), meanings });
      expect(reply?.entry && fromMirror(reply.entry)).toEqual(entry);
    }
  });

  it('accepts an unknown code answered with null', () => {
    expect(parseMessage(entryGetReply, { entry: null, meanings: {} })).toEqual({ entry: null, meanings: {} });
  });

  it('rejects a malformed reply', () => {
    const entry = dataset.entries[0]!;
    expect(parseMessage(entryGetReply, { entry: { ...entry, code: '6471' }, meanings: {} })).toBeUndefined();
    expect(parseMessage(entryGetReply, { entry: { ...entry, serviceType: 'x' }, meanings: {} })).toBeUndefined();
    expect(parseMessage(entryGetReply, { entry, meanings: { rt: 'Right side' } })).toBeUndefined();
    expect(parseMessage(entryGetReply, undefined)).toBeUndefined();
  });
});
