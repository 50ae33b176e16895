/**
 * A labelled page snippet. In `text`, `{64712}` marks a five-digit token that IS a CPT code the extension should
 * mark, and `[64712]` one that is NOT (a ZIP, claim number, price, …). Every run of exactly five digits in the text
 * must carry one of the two markers (parseSnippet enforces it), so nothing goes unlabelled.
 *
 * `before` / `after` / `columnHeader` mimic the DOM context PAGE hands to detect(): the text preceding the node in
 * document order (a <dt>, a <label>, the previous cell), the text following it, and the table column header.
 */
export interface Snippet {
  id: string;
  /** What kind of page this mimics: claim, remit, eob, prior-auth, op-note, fee, eligibility, address, order, … */
  kind: string;
  text: string;
  before?: string;
  after?: string;
  columnHeader?: string;
  /** The texts of the cells of this node's column (body rows), as context.ts reads them; one array per column. */
  column?: readonly string[];
  /** The texts of the cells of this node's row. */
  row?: readonly string[];
  /** The table's column headers, one array per table (the same for every cell). */
  headers?: readonly string[];
}
