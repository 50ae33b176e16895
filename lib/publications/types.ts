/** The shapes of the organization's publications as stored and listed (see store.ts). */
import type { CodeEntry, OptionalText } from '../../data/schema';

/** Who supplied a stored publication. Bundled ones live in the build, not in storage. */
export type StoredKind = 'user' | 'managed';

/**
 * One stored publication, as listed: what the options page, the popup's search and its footer
 * need, without the text. The text lives under a key of its own (store.ts).
 */
export interface PublicationMeta {
  code: string;
  title: string;
  /** The file's name as the user or the administrator gave it (export uses it again). */
  file: string;
  /** ISO 8601. */
  loadedAt: string;
  bytes: number;
  /** For the popup's search. */
  billingOverview: string;
  serviceType: OptionalText;
  siteOfService: OptionalText;
}

/** The stored text of one publication: the source of truth, parsed again when read. */
export interface PublicationText {
  file: string;
  loadedAt: string;
  text: string;
}

/** A publication parsed, ready to store. */
export interface ParsedPublication {
  meta: PublicationMeta;
  text: string;
  entry: CodeEntry;
}

export function metaOf({
  entry,
  file,
  loadedAt,
  bytes,
}: {
  entry: CodeEntry;
  file: string;
  loadedAt: string;
  bytes: number;
}): PublicationMeta {
  return {
    code: entry.code,
    title: entry.title,
    file,
    loadedAt,
    bytes,
    billingOverview: entry.billingOverview,
    serviceType: entry.serviceType,
    siteOfService: entry.siteOfService,
  };
}
