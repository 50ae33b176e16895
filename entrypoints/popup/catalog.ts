/**
 * The popup's view of the data: the bundled entries at once (first paint), then the organization's
 * publications from storage, kept current while the popup is open. A code some publication
 * describes is fetched from the background's `entry/get` (every source, merged), like the popover.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CodeEntry } from '../../data/schema';
import { allEntries, getEntry, modifierMeaning } from '../../lib/dataset';
import { entryGetReply, parseMessage, type ToBackground } from '../../lib/messages';
import { type Catalog, createCatalog } from '../../lib/publications/catalog';
import { metaKey, readAllMeta } from '../../lib/publications/store';

const bundledOnly = createCatalog({ bundled: allEntries() });

export function useCatalog(): Catalog {
  const [catalog, setCatalog] = useState<Catalog>(bundledOnly);
  useEffect(() => {
    let live = true;
    const load = () =>
      void readAllMeta()
        .then(({ user, managed }) => {
          if (live && (user.length > 0 || managed.length > 0))
            setCatalog(createCatalog({ bundled: allEntries(), user, managed }));
          else if (live) setCatalog(bundledOnly);
        })
        .catch(() => {});
    load();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (metaKey('user') in changes || metaKey('managed') in changes)) load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return catalog;
}

export interface CardData {
  entry: CodeEntry;
  others: CodeEntry[];
  meanings: Record<string, string>;
}

function meaningsOf(entries: readonly CodeEntry[]): Record<string, string> {
  const meanings: Record<string, string> = {};
  for (const entry of entries)
    for (const modifier of [...entry.modifiers.rows.map((r) => r.code), ...entry.mentionedModifiers]) {
      const meaning = modifierMeaning(modifier);
      if (meaning) meanings[modifier] = meaning;
    }
  return meanings;
}

/** The card for `code`: synchronous for a bundled-only code, else from the background. */
export function useCard(code: string | undefined, catalog: Catalog): CardData | undefined {
  const kinds = code ? catalog.get(code)?.kinds : undefined;
  const bundledOnlyCode = kinds?.length === 1 && kinds[0] === 'bundled';
  const local = (): CardData | undefined => {
    const entry = code && bundledOnlyCode ? getEntry(code) : undefined;
    return entry ? { entry, others: [], meanings: meaningsOf([entry]) } : undefined;
  };
  const [fetched, setFetched] = useState<{ code: string; data: CardData | undefined }>();
  const key = kinds?.join();
  useEffect(() => {
    if (!code || !kinds || bundledOnlyCode) return;
    let live = true;
    const message: ToBackground = { type: 'entry/get', code };
    void browser.runtime
      .sendMessage(message)
      .then((raw) => {
        const reply = parseMessage(entryGetReply, raw);
        const data = reply?.entry
          ? { entry: reply.entry, others: reply.others ?? [], meanings: reply.meanings }
          : undefined;
        if (live) setFetched({ code, data });
      })
      .catch(() => live && setFetched({ code, data: undefined }));
    return () => {
      live = false;
    };
  }, [code, key]);
  if (!code) return undefined;
  if (bundledOnlyCode) return local();
  return fetched?.code === code ? fetched.data : undefined;
}
