/**
 * The background's side of the organization's publications:
 * - `entry/get` answers with every source's entry for the code (lib/publications/merge.ts);
 * - the administrator's publications (managed policy) are parsed and stored, at start-up and on
 *   every policy change, so the content script's known-code list includes them.
 */
import { browser } from 'wxt/browser';
import { allModifierCodes, getEntry, modifierMeaning } from '../dataset';
import type { EntryGetReply } from '../messages';
import { POLICY_KEY, parseManagedPublications } from '../publications/managed';
import { mergeSources } from '../publications/merge';
import {
  MANAGED_PROBLEMS_KEY,
  readManagedProblems,
  readMeta,
  readTexts,
  writePublications,
} from '../publications/store';

export async function mergedEntryReply({ code }: { code: string }): Promise<EntryGetReply> {
  const stored = await readTexts(code).catch(() => ({}));
  const [entry, ...others] = mergeSources({
    code,
    bundled: getEntry(code),
    stored,
    knownModifiers: allModifierCodes(),
  });
  if (!entry) return { entry: null, meanings: {} };
  const meanings: Record<string, string> = {};
  for (const e of [entry, ...others])
    for (const modifier of [...e.modifiers.rows.map((r) => r.code), ...e.mentionedModifiers]) {
      const meaning = modifierMeaning(modifier);
      if (meaning) meanings[modifier] = meaning;
    }
  return others.length > 0 ? { entry, meanings, others } : { entry, meanings };
}

/** The managed policy's `publications` only; no policy (Firefox rejects) means none. */
async function readPolicyPublications(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(POLICY_KEY);
  } catch {
    return {};
  }
}

/** Parses the policy's publications and stores them when they changed. */
export async function syncManagedPublications(): Promise<void> {
  const previous = await readMeta('managed');
  const { publications, problems } = await parseManagedPublications({
    policy: await readPolicyPublications(),
    previous,
    knownModifiers: allModifierCodes(),
  });
  const next = publications.map((p) => p.meta).sort((a, b) => a.code.localeCompare(b.code));
  const same =
    JSON.stringify(next) === JSON.stringify(previous) &&
    JSON.stringify(problems) === JSON.stringify(await readManagedProblems());
  if (same) return;
  await writePublications({
    kind: 'managed',
    kept: [],
    added: publications,
    extra: { [MANAGED_PROBLEMS_KEY]: problems },
  });
}

let queue: Promise<void> = Promise.resolve();

export function registerManagedPublications(): void {
  const sync = () => {
    queue = queue.then(syncManagedPublications).catch(() => {});
  };
  sync();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') sync();
  });
}
