/**
 * The bundled data, for the background, popup and options page (never the content script: it
 * imports `virtual:cpt-lens/codes` only). The dataset was validated at build time by
 * data/plugin.ts, so no zod runs here.
 */
import dataset from 'virtual:cpt-lens/dataset';
import type { CodeEntry } from '../data/schema';
import { createSearchIndex, type SearchHit, type SearchIndex } from './dataset-search';

export type { SearchHit } from './dataset-search';

/** What a view shows for a modifier the glossary (data/modifiers.json) lacks. */
export const MEANING_NOT_BUNDLED = 'meaning not bundled';

const byCode = new Map(dataset.entries.map((entry) => [entry.code, entry]));
const meanings = new Map(dataset.modifiers.map((m) => [m.code, m.meaning]));

/** Content hash of the bundled publications and glossary (12 hex digits). */
export const datasetVersion: string = dataset.version;
export const codeCount: number = dataset.entries.length;

export function getEntry(code: string): CodeEntry | undefined {
  return byCode.get(code);
}

/** The standard meaning of a modifier code, in our own words; undefined when not bundled. */
export function modifierMeaning(code: string): string | undefined {
  return meanings.get(code.toUpperCase());
}

/** The glossary's modifier codes: the parser tells a modifier in running text by them. */
export function allModifierCodes(): ReadonlySet<string> {
  return new Set(meanings.keys());
}

/** Every entry, sorted by code. */
export function allEntries(): readonly CodeEntry[] {
  return dataset.entries;
}

// Built on the first search, not at import: the background only needs lookups.
let index: SearchIndex<CodeEntry> | undefined;

/** Ranked search by code prefix or words (title, overview, service type, site of service); typo-tolerant. */
export function search(query: string, { limit = 20 }: { limit?: number } = {}): SearchHit<CodeEntry>[] {
  index ??= createSearchIndex({ entries: dataset.entries });
  return index.search(query, { limit });
}
