// Modules emitted at build time by data/plugin.ts from data/sources/*.txt.

declare module 'virtual:cpt-lens/dataset' {
  /** Every entry with every field: for the background, popup and options page only. */
  const dataset: import('./schema').Dataset;
  export default dataset;
}

declare module 'virtual:cpt-lens/codes' {
  /** The codes the data knows, sorted: all the content script needs to detect. */
  export const codes: readonly string[];
  /** The dataset's content hash, the same as lib/dataset's `datasetVersion`. */
  export const version: string;
}
