/** Keeps the storage.local copy of the managed policy current (see lib/settings.ts policyMirrorItem). */
import { browser } from 'wxt/browser';
import { mirrorPolicy } from '../settings';

export function registerPolicyMirror(): void {
  void mirrorPolicy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void mirrorPolicy();
  });
}
