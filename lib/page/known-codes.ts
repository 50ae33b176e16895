/**
 * The codes this frame detects: the bundled ones plus those of the organization's publications,
 * live. Reads only the small known-code list (lib/publications/store.ts `publicationCodes`), never
 * an entry, so the content script does not grow with the data. `onChange` gets the new set after
 * the first read (when it adds codes) and after every change; the entry restarts its annotator
 * with it, so imported codes are marked, and removed ones unmarked, without a reload.
 */
import { browser } from 'wxt/browser';
import { listenUntil } from '../listen-until';
import { CODES_KEY } from '../publications/store';

/** `bundled`: the bundled codes. Positional: three arguments of different kinds, cheaper than an options object. */
export function watchKnownCodes(
  bundled: readonly string[],
  signal: AbortSignal,
  onChange: (known: Set<string>) => void,
): void {
  let last = '';
  const apply = (value: unknown) => {
    // Only ever looked up with five-digit candidates (lib/detect.ts): a stray value matches nothing.
    const extra: string[] = Array.isArray(value) ? value : [];
    const key = String(extra);
    if (signal.aborted || key === last) return;
    last = key;
    onChange(new Set([...bundled, ...extra]));
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && CODES_KEY in changes) apply(changes[CODES_KEY]!.newValue);
  };
  listenUntil(() => browser.storage?.onChanged, listener, signal);
  browser.storage.local.get(CODES_KEY).then(
    (stored) => apply(stored[CODES_KEY]),
    () => {},
  );
}
