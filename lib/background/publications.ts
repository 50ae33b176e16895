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

/** FNV-1a of the policy's publications: a service worker that wakes re-parses only when they changed. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

const FINGERPRINT_KEY = 'publications.managedFingerprint';

/** Parses the policy's publications and stores them when they changed. */
export async function syncManagedPublications(): Promise<void> {
  const policy = await readPolicyPublications();
  // With the version: an update may parse the same text differently.
  const print = `${browser.runtime.getManifest().version}/${fingerprint(JSON.stringify(policy) ?? '')}`;
  if ((await browser.storage.local.get(FINGERPRINT_KEY))[FINGERPRINT_KEY] === print) return;
  const previous = await readMeta('managed');
  const { publications, problems } = await parseManagedPublications({
    policy,
    previous,
    knownModifiers: allModifierCodes(),
  });
  const next = publications.map((p) => p.meta).sort((a, b) => a.code.localeCompare(b.code));
  const same =
    JSON.stringify(next) === JSON.stringify(previous) &&
    JSON.stringify(problems) === JSON.stringify(await readManagedProblems());
  if (same) {
    await browser.storage.local.set({ [FINGERPRINT_KEY]: print });
    return;
  }
  await writePublications({
    kind: 'managed',
    kept: [],
    added: publications,
    extra: { [MANAGED_PROBLEMS_KEY]: problems, [FINGERPRINT_KEY]: print },
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
