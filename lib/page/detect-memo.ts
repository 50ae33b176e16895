/**
 * detect() for a scan, remembering what it answered for short texts.
 *
 * Why: a table repeats the same few values down a column ("64712" under "CPT/HCPCS", thousands of
 * times), and detect() would judge each cell anew. detect() is pure: its answer depends only on the
 * text and on the values of the context properties it read, and which property it reads next
 * depends only on the values read before. So each text keeps a small decision tree: the property
 * read first, then for each value seen the next read or the answer. A later cell replays the tree,
 * reading only those properties (the same lazy DOM reads detect() would make), and gets the stored
 * answer without running the rules. A value not seen yet runs detect() once and adds its path.
 *
 * Only short texts (cells, not prose) are remembered. Values are compared as Map keys: strings by
 * value, the column array by identity (the same object for every cell of a column).
 * Answers are shared between texts: callers must not mutate them (the index copies what it keeps).
 */
import { type DetectContext, detect, type Match } from '../detect';
import type { ContextReads } from './context';

/** A read of `prop`, then a step per value seen; or the answer. */
type Step = { prop: PropertyKey; next: Map<unknown, Step> } | Match[];

/** Texts longer than this are prose: they rarely repeat, so remembering them would only cost. */
const MEMO_CHARS = 24;
/** Steps kept per memo (one scan batch): bounds its memory on a page of ever-new values. */
const MEMO_STEPS = 4096;

/**
 * detect() for `text` in `context`; `reads` is the context's record of the properties read (in the order
 * first read, with their values: ContextReader.reads).
 */
export type DetectMemo = (text: string, context: DetectContext, reads: ContextReads) => Match[];

export function createDetectMemo(known: ReadonlySet<string>): DetectMemo {
  const trees = new Map<unknown, Step>();
  let steps = 0;
  return (text, context, reads) => {
    if (text.length > MEMO_CHARS) return detect({ text, known, context });
    let step = trees.get(text);
    while (step && !Array.isArray(step)) step = step.next.get(context[step.prop as keyof DetectContext]);
    if (step) return step;
    const answer = detect({ text, known, context });
    // Add the path: the replay's reads, then detect()'s, in order (a path through a row array, new per cell,
    // is never replayed: MEMO_STEPS bounds them).
    if (steps < MEMO_STEPS) {
      let at = trees;
      let key: unknown = text;
      for (const [prop, value] of reads) {
        let next = at.get(key);
        if (!next) {
          next = { prop, next: new Map() };
          at.set(key, next);
        }
        // Determinism: where the tree already has a step, it reads the same property (never an answer).
        if (Array.isArray(next)) return answer;
        at = next.next;
        key = value;
        steps++;
      }
      at.set(key, answer);
    }
    return answer;
  };
}
