/**
 * The import preview: every file parsed with the build's own parser (data/parse.ts), each file's
 * code, title and `FILE:LINE: problem` messages listed, the limits checked, before anything is
 * stored. Pure apart from yielding to the UI between chunks (progress indicator).
 *
 * An import is all or nothing: `ok` is false when any file has a problem or a limit is passed, and
 * then nothing may be applied. A code already imported is replaced by the new file, and the
 * preview says so (`replaces`): nothing is replaced silently.
 */
import { duplicateCodeError, parseSource, SourceError } from '../../data/parse';
import type { CodeEntry } from '../../data/schema';
import { formatBytes, PUBLICATION_LIMITS, type PublicationLimits } from './limits';
import { metaOf, type ParsedPublication, type PublicationMeta } from './types';

export interface ImportFile {
  /** The name stored and exported, e.g. `64640.txt`. */
  name: string;
  /** The name in messages, e.g. `pubs.zip/64640.txt`. */
  label: string;
  text: string;
  bytes: number;
}

export interface PreviewItem {
  file: string;
  code?: string;
  title?: string;
  problems: string[];
  /** The imported publication this one replaces (same code). */
  replaces?: Pick<PublicationMeta, 'file' | 'loadedAt'>;
}

export interface ImportPreview {
  items: PreviewItem[];
  /** Problems of the import as a whole (limits, nothing to import). */
  problems: string[];
  /** What applying stores; empty unless `ok`. */
  accepted: ParsedPublication[];
  ok: boolean;
}

/** How many files are parsed between two yields to the UI. */
const CHUNK = 100;

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function previewImport({
  files,
  existing,
  knownModifiers,
  now = new Date(),
  limits = PUBLICATION_LIMITS,
  onProgress,
  pause = yieldToUi,
}: {
  files: readonly ImportFile[];
  existing: readonly PublicationMeta[];
  knownModifiers: ReadonlySet<string>;
  now?: Date;
  limits?: PublicationLimits;
  /** Called with the files parsed so far, out of `files.length`. */
  onProgress?: (done: number, total: number) => void;
  pause?: () => Promise<void>;
}): Promise<ImportPreview> {
  const loadedAt = now.toISOString();
  const problems: string[] = [];
  if (files.length === 0) problems.push('No .txt publication to import.');
  if (files.length > limits.maxPublications)
    problems.push(
      `${files.length.toLocaleString('en-US')} files: an import holds at most ${limits.maxPublications.toLocaleString('en-US')} publications.`,
    );

  const items: PreviewItem[] = [];
  const parsed: ParsedPublication[] = [];
  const byCode = new Map<string, CodeEntry>();
  const existingByCode = new Map(existing.map((m) => [m.code, m]));
  for (let i = 0; i < files.length; i++) {
    if (i > 0 && i % CHUNK === 0) {
      onProgress?.(i, files.length);
      await pause();
    }
    const file = files[i]!;
    if (file.bytes > limits.maxFileBytes) {
      items.push({
        file: file.label,
        problems: [
          `${file.label}:1: ${formatBytes(file.bytes)}, over the ${formatBytes(limits.maxFileBytes)} a publication may have`,
        ],
      });
      continue;
    }
    try {
      const entry = parseSource({ file: file.label, text: file.text, knownModifiers });
      const other = byCode.get(entry.code);
      if (other) throw duplicateCodeError({ file: file.label, entry, other });
      byCode.set(entry.code, entry);
      const replaced = existingByCode.get(entry.code);
      items.push({
        file: file.label,
        code: entry.code,
        title: entry.title,
        problems: [],
        ...(replaced ? { replaces: { file: replaced.file, loadedAt: replaced.loadedAt } } : {}),
      });
      const stored = { ...entry, source: { ...entry.source, file: file.name } };
      parsed.push({
        meta: metaOf({ entry: stored, file: file.name, loadedAt, bytes: file.bytes }),
        text: file.text,
        entry: stored,
      });
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      items.push({ file: file.label, problems: [error.message] });
    }
  }
  onProgress?.(files.length, files.length);

  // The limits apply to what would be stored afterwards: kept publications plus the new ones.
  const kept = existing.filter((m) => !byCode.has(m.code));
  const count = kept.length + parsed.length;
  if (files.length <= limits.maxPublications && count > limits.maxPublications)
    problems.push(
      `This import would keep ${count.toLocaleString('en-US')} publications; the limit is ${limits.maxPublications.toLocaleString('en-US')}. Remove some first.`,
    );
  const total = kept.reduce((sum, m) => sum + m.bytes, 0) + parsed.reduce((sum, p) => sum + p.meta.bytes, 0);
  if (total > limits.maxTotalBytes)
    problems.push(
      `This import would keep ${formatBytes(total)} of publications; the limit is ${formatBytes(limits.maxTotalBytes)}.`,
    );

  const ok = problems.length === 0 && items.every((item) => item.problems.length === 0);
  return { items, problems, accepted: ok ? parsed : [], ok };
}

/** Every problem of a preview, file problems first: what a rejected import reports. */
export function previewProblems(preview: ImportPreview): string[] {
  return [...preview.items.flatMap((item) => item.problems), ...preview.problems];
}
