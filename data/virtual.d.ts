// Modules emitted at build time by data/plugin.ts from data/sources/*.txt.

declare module 'virtual:cpt-lens/dataset' {
  import type { Dataset } from './schema';

  /** Every entry with every field: for the background, popup and options page only. */
  const dataset: Dataset;
  export default dataset;
}

declare module 'virtual:cpt-lens/codes' {
  /** The codes the data knows, sorted: all the content script needs to detect. */
  export const codes: readonly string[];
  export const version: string;
}
