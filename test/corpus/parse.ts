import type { Snippet } from './types';

export interface Truth {
  /** Offset of the five digits in the parsed text. */
  start: number;
  code: string;
  isCode: boolean;
}

export interface ParsedSnippet {
  snippet: Snippet;
  text: string;
  truth: Truth[];
}

const MARKER = /\{(\d{5})\}|\[(\d{5})\]/g;
const FIVE_DIGIT_RUN = /(?<!\d)\d{5}(?!\d)/g;

/** Strip the `{code}` / `[not-code]` markers; throw when a five-digit run was left unlabelled. */
export function parseSnippet(snippet: Snippet): ParsedSnippet {
  const truth: Truth[] = [];
  let text = '';
  let last = 0;
  for (const m of snippet.text.matchAll(MARKER)) {
    text += snippet.text.slice(last, m.index);
    const code = (m[1] ?? m[2])!;
    truth.push({ start: text.length, code, isCode: m[1] !== undefined });
    text += code;
    last = m.index + m[0].length;
  }
  text += snippet.text.slice(last);
  const labelled = new Set(truth.map((t) => t.start));
  for (const m of text.matchAll(FIVE_DIGIT_RUN)) {
    if (!labelled.has(m.index)) {
      throw new Error(`corpus ${snippet.id}: five-digit token ${m[0]} at ${m.index} is not labelled`);
    }
  }
  return { snippet, text, truth };
}
