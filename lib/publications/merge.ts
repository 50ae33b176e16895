/**
 * The merge of sources for one code: the administrator's publication, then yours, then the
 * bundled one. Nothing replaces anything: every source that describes the code is kept, labelled
 * (components/source-label.ts), the organization's first.
 */
import { parseSource, SourceError } from '../../data/parse';
import type { CodeEntry } from '../../data/schema';
import type { PublicationText, StoredKind } from './types';

const ORDER = { managed: 0, user: 1, bundled: 2 } as const;

export function orderSources(entries: readonly CodeEntry[]): CodeEntry[] {
  return [...entries].sort((a, b) => ORDER[a.source.kind ?? 'bundled'] - ORDER[b.source.kind ?? 'bundled']);
}

/** A stored text parsed again with the current parser, with its provenance; undefined if it no longer parses. */
export function storedEntry({
  kind,
  stored,
  knownModifiers,
}: {
  kind: StoredKind;
  stored: PublicationText;
  knownModifiers: ReadonlySet<string>;
}): CodeEntry | undefined {
  try {
    const entry = parseSource({ file: stored.file, text: stored.text, knownModifiers });
    return { ...entry, source: { ...entry.source, kind, loadedAt: stored.loadedAt } };
  } catch (error) {
    if (error instanceof SourceError) return undefined;
    throw error;
  }
}

/** Every source's entry for `code`, ordered; the bundled entry gets its `kind` too. */
export function mergeSources({
  code,
  bundled,
  stored,
  knownModifiers,
}: {
  code: string;
  bundled: CodeEntry | undefined;
  stored: Partial<Record<StoredKind, PublicationText>>;
  knownModifiers: ReadonlySet<string>;
}): CodeEntry[] {
  const entries: CodeEntry[] = [];
  for (const kind of ['managed', 'user'] as const) {
    const text = stored[kind];
    const entry = text && storedEntry({ kind, stored: text, knownModifiers });
    // A stored text is listed under its code; one that now parses to another code is not this code's.
    if (entry && entry.code === code) entries.push(entry);
  }
  if (bundled) entries.push({ ...bundled, source: { ...bundled.source, kind: 'bundled' } });
  return orderSources(entries);
}
