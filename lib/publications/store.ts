/**
 * Where the organization's publications live: `storage.local` (with `unlimitedStorage`; see
 * docs/permissions.md), which survives updates and reaches every context's storage.onChanged.
 *
 * - `publicationCodes`: the sorted codes of every stored publication (yours and your
 *   administrator's). The ONLY key the content script reads: it never loads entries, and its
 *   bundle does not grow with the data.
 * - `publications.user`, `publications.managed`: the list (PublicationMeta[]) for the options
 *   page and the popup's search and footer.
 * - `publication.user.CODE`, `publication.managed.CODE`: each publication's text, read by the
 *   background on hover and parsed again with the current parser.
 *
 * An import is one storage.local.set of every key it touches (one write, all or nothing).
 */
import { browser } from 'wxt/browser';
import type { ParsedPublication, PublicationMeta, PublicationText, StoredKind } from './types';

export const CODES_KEY = 'publicationCodes';
export const metaKey = (kind: StoredKind) => `publications.${kind}`;
export const textKey = (kind: StoredKind, code: string) => `publication.${kind}.${code}`;
/** Problems of the administrator's publications, for the options page. */
export const MANAGED_PROBLEMS_KEY = 'publications.managedProblems';

function asMetaList(value: unknown): PublicationMeta[] {
  return Array.isArray(value)
    ? value.filter((m): m is PublicationMeta => typeof m?.code === 'string' && typeof m?.file === 'string')
    : [];
}

export async function readMeta(kind: StoredKind): Promise<PublicationMeta[]> {
  const key = metaKey(kind);
  return asMetaList((await browser.storage.local.get(key))[key]);
}

export async function readAllMeta(): Promise<Record<StoredKind, PublicationMeta[]>> {
  const stored = await browser.storage.local.get([metaKey('user'), metaKey('managed')]);
  return { user: asMetaList(stored[metaKey('user')]), managed: asMetaList(stored[metaKey('managed')]) };
}

export async function readManagedProblems(): Promise<string[]> {
  const value = (await browser.storage.local.get(MANAGED_PROBLEMS_KEY))[MANAGED_PROBLEMS_KEY];
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
}

/** The stored texts of one code, by source. */
export async function readTexts(code: string): Promise<Partial<Record<StoredKind, PublicationText>>> {
  const keys = { user: textKey('user', code), managed: textKey('managed', code) };
  const stored = await browser.storage.local.get(Object.values(keys));
  const out: Partial<Record<StoredKind, PublicationText>> = {};
  for (const kind of ['managed', 'user'] as const) {
    const value = stored[keys[kind]] as PublicationText | undefined;
    if (value && typeof value.text === 'string' && typeof value.file === 'string') out[kind] = value;
  }
  return out;
}

export async function readAllTexts(kind: StoredKind): Promise<PublicationText[]> {
  const meta = await readMeta(kind);
  if (meta.length === 0) return [];
  const stored = await browser.storage.local.get(meta.map((m) => textKey(kind, m.code)));
  return meta
    .map((m) => stored[textKey(kind, m.code)] as PublicationText | undefined)
    .filter((t): t is PublicationText => typeof t?.text === 'string');
}

/** The known-code list: every code some stored publication defines. */
export function codesOf(lists: readonly (readonly PublicationMeta[])[]): string[] {
  return [...new Set(lists.flatMap((list) => list.map((m) => m.code)))].sort();
}

/**
 * Replaces the stored publications of `kind` with `kept` plus `added` in one write; then drops the
 * texts no longer listed (harmless if interrupted: a text no list names is never read).
 */
export async function writePublications({
  kind,
  kept,
  added,
  extra = {},
}: {
  kind: StoredKind;
  kept: readonly PublicationMeta[];
  added: readonly ParsedPublication[];
  extra?: Record<string, unknown>;
}): Promise<PublicationMeta[]> {
  const other = await readMeta(kind === 'user' ? 'managed' : 'user');
  const before = await readMeta(kind);
  const addedCodes = new Set(added.map((p) => p.meta.code));
  const list = [...kept.filter((m) => !addedCodes.has(m.code)), ...added.map((p) => p.meta)].sort((a, b) =>
    a.code.localeCompare(b.code),
  );
  const items: Record<string, unknown> = {
    ...extra,
    [metaKey(kind)]: list,
    [CODES_KEY]: codesOf([list, other]),
  };
  for (const p of added)
    items[textKey(kind, p.meta.code)] = {
      file: p.meta.file,
      loadedAt: p.meta.loadedAt,
      text: p.text,
    } satisfies PublicationText;
  await browser.storage.local.set(items);
  const listed = new Set(list.map((m) => m.code));
  const gone = before.filter((m) => !listed.has(m.code)).map((m) => textKey(kind, m.code));
  if (gone.length > 0) await browser.storage.local.remove(gone);
  return list;
}

/** Applies an accepted import preview (import.ts) to your publications. */
export async function applyImport(accepted: readonly ParsedPublication[]): Promise<PublicationMeta[]> {
  return writePublications({ kind: 'user', kept: await readMeta('user'), added: accepted });
}

/** Removes some of your publications, or all of them (`codes` undefined). */
export async function removeUserPublications(codes?: readonly string[]): Promise<PublicationMeta[]> {
  const drop = codes ? new Set(codes) : undefined;
  const kept = drop ? (await readMeta('user')).filter((m) => !drop.has(m.code)) : [];
  return writePublications({ kind: 'user', kept, added: [] });
}
