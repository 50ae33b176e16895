/**
 * The DOM's numeric constants the page code compares with, as literals. `Node.TEXT_NODE` is a property read of a
 * global that terser cannot fold, written out in full at every use; a `const` number is inlined as a digit: ~0.17 KB
 * gzip of the content script's 40 KB budget. The values are the DOM standard's (fixed, read-only on `Node` and
 * `NodeFilter`); test/unit/page/dom-constants.test.ts holds each to its namesake.
 */

/** `Node.ELEMENT_NODE` */
export const ELEMENT_NODE = 1;
/** `Node.TEXT_NODE` */
export const TEXT_NODE = 3;
/** `Node.DOCUMENT_NODE` */
export const DOCUMENT_NODE = 9;
/** `Node.DOCUMENT_FRAGMENT_NODE` */
export const DOCUMENT_FRAGMENT_NODE = 11;
/** `Node.DOCUMENT_POSITION_DISCONNECTED` */
export const DOCUMENT_POSITION_DISCONNECTED = 1;
/** `Node.DOCUMENT_POSITION_PRECEDING` */
export const DOCUMENT_POSITION_PRECEDING = 2;
/** `Node.DOCUMENT_POSITION_FOLLOWING` */
export const DOCUMENT_POSITION_FOLLOWING = 4;
/** `NodeFilter.SHOW_ELEMENT` */
export const SHOW_ELEMENT = 1;
/** `NodeFilter.SHOW_TEXT` */
export const SHOW_TEXT = 4;
