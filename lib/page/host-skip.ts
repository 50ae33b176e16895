/**
 * Which subtrees the walk for shadow hosts may skip without visiting their elements.
 *
 * Why: every element a content script touches gets a JS wrapper in our isolated world, and Blink
 * keeps an isolated world's wrappers in one hash map (the main world keeps them inline). That map
 * rehashes each time it doubles, in one go: on the 200,000-node page a rehash at 65,536 wrappers
 * took 16–27 ms and at 131,072 about twice that, inside one of our slices. (Measured with a
 * TreeWalker timed every 64 nodes in an isolated world made over CDP: the pauses fall exactly at
 * the powers of two; the same walk in the main world pauses at most 3–4 ms.) The text walk needs
 * its text nodes; the host walk touched all 111,000 elements besides and pushed the map past
 * 131,072. Table rows and list items are most of a big page's elements, and most hold only cells,
 * links and inline text.
 *
 * Only custom elements and a few tags (div, span, p, section, article, …) can carry a shadow root
 * (attachShadow(); declarative shadow roots follow the same rule), so a row whose descendants are
 * all of tags that cannot holds no host. The selector below lists such tags; anything else (a
 * custom element, a div, an SVG element, an unknown tag) makes the row count as possibly holding a
 * host, and it is walked.
 */

/**
 * Tags walked past cheaply: the host walk asks about their subtree before entering it. A table body
 * first: one query in C++ over its rows spares a wrapper and a query per row (a live page that keeps
 * adding elements is swept for late roots, and the 5,000-row table was most of each sweep); a body
 * that may hold a host is then walked row by row.
 */
export const ROW_TAGS: ReadonlySet<string> = new Set(['TBODY', 'TR', 'LI']);

/**
 * A descendant that might be a shadow host: any element not of a tag that can never be one. Only the
 * tags common in rows are listed (each costs content-script bytes); a rarer one just gets its row walked.
 */
const MAYBE_HOST =
  ':not(tr,td,th,a,b,i,u,s,em,strong,small,code,abbr,time,br,img,input,button,label,select,option,ul,ol,li)';

/**
 * True when `row`'s subtree certainly holds no shadow host, so a walk for hosts can step over it.
 * One query in C++ over the row's own subtree; null (the common case) creates no wrapper.
 */
export function holdsNoHost(row: Element): boolean {
  return row.querySelector(MAYBE_HOST) === null;
}

/**
 * Moves `walker` to the next node after the subtree of its current node (the subtree is not
 * visited) and returns it; null at the end of the walker's root.
 */
export function nextAfterSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
