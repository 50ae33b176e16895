/**
 * Our own UI in the page: POPOVER's single host element `<cpt-lens-ui>` (appended to
 * document.documentElement). The scanner never enters it and the watcher ignores its mutations.
 * Any element whose tag starts with `cpt-lens` counts, so a later second host needs no change here.
 */
const OWN_PREFIX = 'CPT-LENS';

export const UI_HOST_TAG = 'cpt-lens-ui';

export function isOwnElement(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && isOwnName(node.nodeName);
}

/** `isOwnElement` for an element whose nodeName the caller has read already. */
export function isOwnName(nodeName: string): boolean {
  return nodeName.startsWith(OWN_PREFIX);
}
