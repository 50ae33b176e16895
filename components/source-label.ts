/**
 * The readable name of where an entry comes from (its `source.kind`): shown on the card's footer
 * and above each further source when several describe the same code. Pure, tiny: the popover
 * (content script) uses it too.
 */
import type { CodeEntry } from '../data/schema';

export type SourceKind = NonNullable<CodeEntry['source']['kind']>;

export const SOURCE_LABELS: Record<SourceKind, string> = {
  managed: 'from your administrator',
  user: 'imported by you',
  bundled: 'bundled with CPT Lens',
};

export function sourceKindOf(entry: Pick<CodeEntry, 'source'>): SourceKind {
  return entry.source.kind ?? 'bundled';
}

/** "“Open Neurolysis …”, imported by you (64640.txt, 2026-11-30)": never a hashed file name. */
export function sourceLine(entry: Pick<CodeEntry, 'title' | 'source'>): string {
  const kind = sourceKindOf(entry);
  const { file, loadedAt = '' } = entry.source;
  // Stored publications keep the name the user or administrator gave; bundled ones have hashed names.
  return `“${entry.title}”, ${SOURCE_LABELS[kind]}${kind === 'bundled' ? '' : ` (${file}, ${loadedAt.slice(0, 10)})`}`;
}
