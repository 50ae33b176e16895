/**
 * What an import may hold, stated in the options page and enforced before anything is stored.
 * 5,000 publications is the catalogue size the bench measures (npm run bench: import, content-
 * script start-up, popup search); a bundled publication is about 5 KB, so 40 MB leaves room for
 * publications eight times their size.
 */
export const PUBLICATION_LIMITS = {
  /** Imported publications kept at once (each defines one code). */
  maxPublications: 5_000,
  /** One publication file. */
  maxFileBytes: 256 * 1024,
  /** All imported publications together. */
  maxTotalBytes: 40 * 1024 * 1024,
} as const;

export type PublicationLimits = { [K in keyof typeof PUBLICATION_LIMITS]: number };

/** "40 MB", "256 KB": sizes in the words of the limits' messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The limits as one sentence, shown next to the file input. */
export function limitsSentence(limits: PublicationLimits = PUBLICATION_LIMITS): string {
  return `Up to ${limits.maxPublications.toLocaleString('en-US')} publications, ${formatBytes(
    limits.maxFileBytes,
  )} per file and ${formatBytes(limits.maxTotalBytes)} in all.`;
}
