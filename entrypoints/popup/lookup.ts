/**
 * What the search box shows for a query: ranked results from lib/dataset's search, with an
 * exact code always first, and a well-formed code the data lacks named as such.
 */
import type { SearchResultView } from '../../components/SearchBox';
import { getEntry, search } from '../../lib/dataset';
import type { SearchableEntry } from '../../lib/dataset-search';
import type { Catalog } from '../../lib/publications/catalog';

export const RESULT_LIMIT = 8;

export interface Lookup {
  results: SearchResultView[];
  /** A five-digit code the bundled data does not hold. */
  missingCode?: string;
}

/** "64712", "CPT 64712", "64712-RT", "64712 RT": the code a coder pasted, if the query is one. */
export function codeInQuery(query: string): string | undefined {
  return /^(?:cpt\s*:?\s*)?(\d{5})(?:[-\s]+[a-z0-9]{2})?$/i.exec(query.trim())?.[1];
}

function toView(entry: SearchableEntry): SearchResultView {
  return {
    code: entry.code,
    title: entry.title,
    detail: entry.serviceType.available ? entry.serviceType.text : undefined,
  };
}

/** `catalog`: the bundled data with the organization's publications (lib/publications/catalog.ts). */
export function lookUp(query: string, catalog?: Catalog): Lookup {
  const trimmed = query.trim();
  if (trimmed === '') return { results: [] };
  const code = codeInQuery(trimmed);
  if (code) {
    const entry = catalog ? catalog.get(code) : getEntry(code);
    return entry ? { results: [toView(entry)] } : { results: [], missingCode: code };
  }
  const hits = catalog ? catalog.search(trimmed, { limit: RESULT_LIMIT }) : search(trimmed, { limit: RESULT_LIMIT });
  return { results: hits.map(({ entry }) => toView(entry)) };
}
