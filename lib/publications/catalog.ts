/**
 * What the popup searches and counts: the bundled entries and the organization's publications
 * (their stored lists, PublicationMeta, not their texts), one result per code, the
 * organization's description first. Pure; the search is lib/dataset-search.ts.
 */
import type { CodeEntry } from '../../data/schema';
import { createSearchIndex, type SearchableEntry, type SearchHit } from '../dataset-search';
import type { PublicationMeta } from './types';

export type CatalogKind = 'managed' | 'user' | 'bundled';

export interface CatalogEntry extends SearchableEntry {
  /** Every source that describes the code, organization's first. */
  kinds: CatalogKind[];
}

export interface Catalog {
  get(code: string): CatalogEntry | undefined;
  search(query: string, options?: { limit?: number }): SearchHit<CatalogEntry>[];
  /** Codes per source, and distinct codes in all. */
  counts: Record<CatalogKind, number> & { total: number };
}

export function createCatalog({
  bundled,
  user = [],
  managed = [],
}: {
  bundled: readonly CodeEntry[];
  user?: readonly PublicationMeta[];
  managed?: readonly PublicationMeta[];
}): Catalog {
  const byCode = new Map<string, CatalogEntry>();
  const add = (kind: CatalogKind, e: SearchableEntry) => {
    const known = byCode.get(e.code);
    if (known) known.kinds.push(kind);
    else
      byCode.set(e.code, {
        code: e.code,
        title: e.title,
        billingOverview: e.billingOverview,
        serviceType: e.serviceType,
        siteOfService: e.siteOfService,
        kinds: [kind],
      });
  };
  for (const m of managed) add('managed', m);
  for (const m of user) add('user', m);
  for (const e of bundled) add('bundled', e);
  const entries = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  // Built on the first search: opening the popup only to look at the page's codes costs nothing.
  let index: ReturnType<typeof createSearchIndex<CatalogEntry>> | undefined;
  return {
    get: (code) => byCode.get(code),
    search(query, options) {
      index ??= createSearchIndex({ entries });
      return index.search(query, options);
    },
    counts: { managed: managed.length, user: user.length, bundled: bundled.length, total: byCode.size },
  };
}
