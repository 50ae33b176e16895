/**
 * The DOM context detect() reads for a text node: the text before it in document order (across
 * element boundaries: a <dt>, a <label>, the previous table cell), a few characters after it, and
 * the header of the table column it sits in.
 *
 * Everything is a lazy getter: detect() only reads context for a known code whose own text does
 * not decide it, so the walking below runs for a few nodes, not for every text node of the page.
 */
import type { DetectContext } from '../detect';
import { DOCUMENT_NODE, SHOW_TEXT } from './dom-constants';

const BEFORE_CHARS = 80;
const AFTER_CHARS = 16;
/** How far a walk may go looking for text: bounds the cost on pages of empty wrappers. */
const MAX_STEPS = 12;
/** Text inside these never counts as context: it is not what the user reads. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE']);
const NON_SPACE = /\S/;
const SPACES = /\s\s|[\t\n\r\f\u00a0]/;
const SPACE_RUNS = /\s+/g;

/**
 * Where a text node sits, each DOM read made once for it: its parent, and the table cell around it with the cell's
 * row and section. The context's reads share them, and so does the scan's editable-region check: before, a code in
 * a cell read its cell, row and section twice or three times (each read a DOM call that looks up, or on first
 * touch creates, the element's wrapper in our isolated world). `undefined`: not read yet; `null`: none.
 */
export interface Place {
  node: Text;
  parent?: Element | null;
  /** The HTML cell's parent and grandparent. */
  row?: Element | null;
  section?: Element | null;
}

/** One per tree: caches column headers for the tables it sees until `reset()` (each scan batch's end). */
export interface ContextReader {
  /** The context of `node`, valid until the next call (the object is reused). */
  contextOf(node: Text): DetectContext;
  /** Where the node of the last `contextOf` sits (reused with it). */
  place: Place;
  /** The properties of that context read so far, in the order first read, with their values. */
  reads: ContextReads;
  /** Forgets the cached headers and columns (the page may change them before the next batch). */
  reset(): void;
}

/** [property, value] pairs in the order first read (a Map has this shape too). */
export type ContextReads = Iterable<readonly [PropertyKey, unknown]>;

export function createContextReader(root: Document | ShadowRoot): ContextReader {
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  // One walker reused for every lookup: creating one per node would cost more than the walk.
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let headers = new WeakMap<Element, readonly string[]>();
  // Column populations, per table section and column index: every cell of a column gets the same array, so
  // detect() judges a 5,000-row column once.
  let columns = new WeakMap<Element, Map<number, readonly string[]>>();

  /** The text before `node` (`backwards`) or after it. */
  function collect(node: Text, backwards: boolean): string {
    const limit = backwards ? BEFORE_CHARS : AFTER_CHARS;
    walker.currentNode = node;
    let out = '';
    // A number at the start of a line (right after a <br>) is not labelled by the end of the line
    // before, unless that line ends in a colon ("Claim #:<br>64712"). pdf.js's text layer ends every
    // line with a <br>, and its tables are lines: a code in a row's first column would otherwise read
    // the previous row's last cell ("Yes 64445") as its label.
    let lineStart = backwards && afterLineBreak(node);
    for (let step = 0; step < MAX_STEPS && out.length < limit; step++) {
      const next = (backwards ? walker.previousNode() : walker.nextNode()) as Text | null;
      if (!next) break;
      const data = next.data;
      if (!NON_SPACE.test(data)) continue;
      if (lineStart) {
        if (!LABEL_END.test(data)) break;
        lineStart = false;
      }
      // Script and style text are long and never what a label reads like: look at the parent only then.
      if (data.length > limit && NOT_TEXT.has(next.parentNode?.nodeName ?? '')) continue;
      // Texts of different nodes are joined with a space: adjacent cells must not read as one word.
      out = out === '' ? data : backwards ? `${data} ${out}` : `${out} ${data}`;
      // What follows a code matters only for a modifier: one node that says something is enough.
      if (!backwards && out.trim().length >= 2) break;
    }
    if (out.length > limit) out = backwards ? out.slice(-limit * 2) : out.slice(0, limit * 2);
    const text = SPACES.test(out) ? out.replace(SPACE_RUNS, ' ').trim() : out.trim();
    return backwards ? text.slice(-limit).trimStart() : text.slice(0, limit).trimEnd();
  }

  // One context object, re-aimed at each node: detect() reads it synchronously and keeps nothing,
  // and allocating an object with getters per candidate node cost more than the walks it saves.
  // Each property is read from the DOM on first use, then kept until the next node.
  const place = {} as Place;
  // The reads of the current node: two arrays and a count, not a Map (Map#clear allocates a new
  // table, once per candidate node: about 0.3 µs and garbage for the scavenger, measured here).
  const readProps: PropertyKey[] = [];
  const readValues: unknown[] = [];
  let readCount = 0;
  const recorded: ContextReads = {
    *[Symbol.iterator]() {
      for (let i = 0; i < readCount; i++) yield [readProps[i]!, readValues[i]] as const;
    },
  };
  const reads: Record<string, () => unknown> = {
    before: () => collect(place.node, true),
    after: () => collect(place.node, false),
    columnHeader: () => columnHeaderAt(place, headers),
    column: () => columnOf(place, headers, columns),
    row: () => rowOf(place),
    headers: () => headerNamesOf(place, headers),
  };
  // Accessors, not a Proxy: a Proxy's trap cost more per read (bench, 6 interleaved runs).
  const context: DetectContext = {};
  for (const prop in reads) {
    Object.defineProperty(context, prop, {
      get() {
        for (let i = 0; i < readCount; i++) if (readProps[i] === prop) return readValues[i];
        const value = reads[prop]!();
        readProps[readCount] = prop;
        readValues[readCount++] = value;
        return value;
      },
    });
  }

  return {
    contextOf(target) {
      place.node = target;
      place.parent = place.row = place.section = undefined;
      readCount = 0;
      return context;
    },
    place,
    reads: recorded,
    reset() {
      headers = new WeakMap();
      columns = new WeakMap();
    },
  };
}

const LABEL_END = /[:#]\s*$/;

/** `node` starts a line: a <br> right before it, or before the inline element it begins. */
function afterLineBreak(node: Text): boolean {
  let at: Node = node;
  for (let depth = 0; depth < 3; depth++) {
    const previous = at.previousSibling;
    if (previous) return previous.nodeName === 'BR';
    const parent = at.parentNode;
    if (!parent) return false;
    at = parent;
  }
  return false;
}

/** How many ancestors up a text may sit inside its cell (`<td><a><b>64712</b></a></td>`). */
const CELL_DEPTH = 4;

/** The header text of the column `node` sits in, for HTML tables and ARIA grids. */
export function columnHeaderOf(node: Text, cache: WeakMap<Element, readonly string[]>): string | undefined {
  return columnHeaderAt({ node }, cache);
}

function columnHeaderAt(place: Place, cache: WeakMap<Element, readonly string[]>): string | undefined {
  const cell = cellOf(place, true);
  return (
    cell && (cell instanceof HTMLTableCellElement ? htmlTableHeader(place, cell, cache) : ariaGridHeader(cell, cache))
  );
}

const GRID_CELL = /^(grid)?cell$/;

/** `node.parentElement`, read once per place (`null` is read again: text outside an element is rare). */
export const parentOf = (place: Place) => (place.parent ??= place.node.parentElement);

/** The HTML table cell `node` sits in (up to CELL_DEPTH ancestors up), or with `aria` the ARIA grid cell if nearer. */
function cellOf(place: Place, aria?: boolean): Element | undefined {
  let cell = parentOf(place);
  for (let depth = 0; cell && depth < CELL_DEPTH; depth++, cell = cell.parentElement) {
    // `instanceof` only (td and th are the only HTMLTableCellElements): it runs in JS, while reading
    // `localName` is a DOM call, about 0.2 µs per cell in our isolated world (measured here).
    if (cell instanceof HTMLTableCellElement) return cell;
    if (aria && GRID_CELL.test(cell.getAttribute('role') as string)) return cell;
  }
  return undefined;
}

/** The HTML cell's row (its parent element) and section (the row's parent), each read once per place. */
export const rowAt = (place: Place) => (place.row ??= cellOf(place)?.parentElement);
export const sectionAt = (place: Place) => (place.section ??= rowAt(place)?.parentElement);

/** Rows of a column read for its population: enough to judge it, bounded on a 5,000-row grid. */
const COLUMN_SAMPLE = 64;
/** Characters of a cell's text kept: a value, a field name or the start of a description. */
const CELL_CHARS = 100;
const cellText = (cell: Element | undefined) => (cell?.textContent ?? '').trim().slice(0, CELL_CHARS);

/**
 * The texts of the cells of `node`'s column (first COLUMN_SAMPLE body rows), only for a table with a header row:
 * without one, a table is usually label/value pairs and its second column mixes fields.
 */
function columnOf(
  place: Place,
  headers: WeakMap<Element, readonly string[]>,
  cache: WeakMap<Element, Map<number, readonly string[]>>,
): readonly string[] | undefined {
  const cell = cellOf(place) as HTMLTableCellElement | undefined;
  const row = rowAt(place);
  const section = sectionAt(place);
  if (!cell || !section || !(row instanceof HTMLTableRowElement)) return undefined;
  columnHeaderAt(place, headers); // caches the section's header names
  if (!headers.get(section)?.length) return undefined;
  const index = cell.cellIndex;
  let bySection = cache.get(section);
  if (!bySection) {
    bySection = new Map();
    cache.set(section, bySection);
  }
  let texts = bySection.get(index);
  if (!texts) {
    // Element children, not `rows`/`cells`: the same walk in every DOM (and no live collection kept).
    const out: string[] = [];
    for (let r = section.firstElementChild; r && out.length < COLUMN_SAMPLE; r = r.nextElementSibling) {
      const c = r.localName === 'tr' ? r.children[index] : undefined;
      if (c && c.localName === 'td') out.push(cellText(c));
    }
    texts = out;
    bySection.set(index, texts);
  }
  return texts;
}

/** The column names of `node`'s HTML table, the same cached array for every cell of its section. */
function headerNamesOf(place: Place, cache: WeakMap<Element, readonly string[]>): readonly string[] | undefined {
  const section = sectionAt(place);
  return section && columnHeaderAt(place, cache) ? cache.get(section) : undefined;
}

/** The texts of the cells of `node`'s table row (a bounded number of cells). */
function rowOf(place: Place): readonly string[] | undefined {
  const row = rowAt(place);
  if (!(row instanceof HTMLTableRowElement)) return undefined;
  const out: string[] = [];
  for (let c = row.firstElementChild; c && out.length < 24; c = c.nextElementSibling) out.push(cellText(c));
  return out;
}

function htmlTableHeader(
  place: Place,
  cell: HTMLTableCellElement,
  cache: WeakMap<Element, readonly string[]>,
): string | undefined {
  const row = rowAt(place);
  const section = sectionAt(place);
  if (!row || !section) return undefined;
  // Cached per section (tbody, or the table when rows sit in it directly): the rows of a 5,000-row grid
  // then cost one lookup each, not a walk up to the table and its type checks.
  let names = cache.get(section);
  if (!names) {
    names = sectionHeaderNames(row, section);
    cache.set(section, names);
  }
  if (names.length === 0) return undefined;
  // Without colspans in the row, the cell's index is its column: no walk over its siblings.
  if (row.childElementCount === names.length) return names[cell.cellIndex] || undefined;
  let column = 0;
  for (let sibling = cell.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    column += sibling instanceof HTMLTableCellElement ? sibling.colSpan : 0;
  }
  return names[column] || undefined;
}

/** The column names that apply to the rows of `section`; empty when none do (or `section` is the header). */
function sectionHeaderNames(row: Element, section: Element): readonly string[] {
  if (!(row instanceof HTMLTableRowElement)) return [];
  // A cell of the header itself has no column header to obey.
  if (section instanceof HTMLTableSectionElement && section.tagName === 'THEAD') return [];
  const table = section instanceof HTMLTableElement ? section : section.parentElement;
  if (!(table instanceof HTMLTableElement)) return [];
  return htmlTableHeaderNames(table);
}

/** Column names by column position (colspans expanded); empty when the table has no header row. */
function htmlTableHeaderNames(table: HTMLTableElement): readonly string[] {
  const headRows = table.tHead?.rows;
  let row: HTMLTableRowElement | undefined =
    headRows && headRows.length > 0 ? headRows[headRows.length - 1] : undefined;
  if (!row) {
    // No <thead>: a first row made of <th> cells is the header.
    const first = table.rows[0];
    if (first && first.cells.length > 0 && [...first.cells].every((c) => c.tagName === 'TH')) row = first;
  }
  if (!row) return [];
  const names: string[] = [];
  for (const cell of row.cells) {
    const name = squash(cell.textContent ?? '');
    for (let i = 0; i < cell.colSpan; i++) names.push(name);
  }
  return names;
}

function ariaGridHeader(cell: Element, cache: WeakMap<Element, readonly string[]>): string | undefined {
  const row = cell.closest('[role=row]');
  const grid = row?.closest('[role=grid],[role=table],[role=treegrid]');
  if (!row || !grid) return undefined;
  let names = cache.get(grid);
  if (!names) {
    const headerRow = [...grid.querySelectorAll('[role=row]')].find((r) => r.querySelector('[role=columnheader]'));
    names = headerRow
      ? [...headerRow.querySelectorAll('[role=columnheader]')].map((h) => squash(h.textContent ?? ''))
      : [];
    cache.set(grid, names);
  }
  const explicit = Number(cell.getAttribute('aria-colindex'));
  if (explicit > 0) return names[explicit - 1] || undefined;
  const cells = [...row.querySelectorAll('[role=cell],[role=gridcell],[role=rowheader]')];
  return names[cells.indexOf(cell)] || undefined;
}

function squash(text: string): string {
  return text.replace(SPACE_RUNS, ' ').trim();
}
