/**
 * Our own UI in the page: POPOVER's single host element `<cpt-lens-ui>` (appended to
 * document.documentElement). The scanner never enters it and the watcher ignores its mutations.
 * Any element whose tag starts with `cpt-lens` counts, so a later second host needs no change here.
 */
const OWN_PREFIX = 'CPT-LENS';

export const UI_HOST_TAG = 'cpt-lens-ui';

export function isOwnElement(node: Node): boolean {
  // No nodeType test: another node's name ("#text", "#document") never starts with the prefix, and each
  // read is a DOM call (the scan makes this test for each code's parent).
  return node.nodeName.startsWith(OWN_PREFIX);
}
