/**
 * The administrator's publications: the managed policy's `publications`, a list of
 * `{ "file": "name.txt", "text": "…the publication…" }` (public/managed-schema.json,
 * docs/managed-policy.md). Parsed with the build's parser like an import. A publication with a
 * problem is left out and its `FILE:LINE: problem` shown on the options page; the others apply.
 * A publication whose text did not change keeps the time it was first loaded.
 */

import type { ImportFile } from './import';
import { previewImport } from './import';
import { PUBLICATION_LIMITS } from './limits';
import type { ParsedPublication, PublicationMeta } from './types';

export const POLICY_KEY = 'publications';

export async function parseManagedPublications({
  policy,
  previous,
  knownModifiers,
  now = new Date(),
}: {
  /** The whole managed storage object. */
  policy: unknown;
  previous: readonly (PublicationMeta & { text?: string })[];
  knownModifiers: ReadonlySet<string>;
  now?: Date;
}): Promise<{ publications: ParsedPublication[]; problems: string[] }> {
  const raw = policy && typeof policy === 'object' ? (policy as Record<string, unknown>)[POLICY_KEY] : undefined;
  if (raw === undefined) return { publications: [], problems: [] };
  if (!Array.isArray(raw))
    return { publications: [], problems: [`Policy ${POLICY_KEY} is not a list of publications; it is ignored.`] };
  const problems: string[] = [];
  const files: ImportFile[] = [];
  const names = new Set<string>();
  raw.forEach((item, i) => {
    const text = item && typeof item === 'object' ? (item as { text?: unknown }).text : undefined;
    const given = item && typeof item === 'object' ? (item as { file?: unknown }).file : undefined;
    let name = typeof given === 'string' && given.trim() ? given.trim() : `policy-publication-${i + 1}.txt`;
    if (names.has(name)) name = `${i + 1}-${name}`;
    names.add(name);
    if (typeof text !== 'string') {
      problems.push(`Policy ${POLICY_KEY}[${i}] (${name}) has no "text"; it is ignored.`);
      return;
    }
    files.push({ name, label: name, text, bytes: new TextEncoder().encode(text).byteLength });
  });
  // Each publication on its own, so that one bad file does not take the others down.
  const publications: ParsedPublication[] = [];
  const byCode = new Map<string, string>();
  for (const file of files.slice(0, PUBLICATION_LIMITS.maxPublications)) {
    const preview = await previewImport({ files: [file], existing: [], knownModifiers, now, pause: async () => {} });
    const item = preview.items[0]!;
    if (!preview.ok || !preview.accepted[0]) {
      problems.push(...item.problems, ...preview.problems);
      continue;
    }
    const parsed = preview.accepted[0];
    const other = byCode.get(parsed.meta.code);
    if (other) {
      problems.push(
        `${file.label}:${parsed.entry.source.titleLine ?? 1}: code ${parsed.meta.code} is already defined by ${other}`,
      );
      continue;
    }
    byCode.set(parsed.meta.code, file.label);
    const before = previous.find(
      (m) => m.code === parsed.meta.code && m.file === parsed.meta.file && m.bytes === parsed.meta.bytes,
    );
    if (before) parsed.meta.loadedAt = before.loadedAt;
    publications.push(parsed);
  }
  if (files.length > PUBLICATION_LIMITS.maxPublications)
    problems.push(
      `Policy ${POLICY_KEY} holds ${files.length} publications; only the first ${PUBLICATION_LIMITS.maxPublications} are used.`,
    );
  return { publications, problems };
}
