/**
 * Ranked search over code entries: by code prefix ("6471") or by words over the title, the
 * billing overview, the service type and the site of service, with prefix matching (as you type)
 * and typo tolerance ("sciatc", "neurolisis").
 *
 * Pure and dependency-free: an inverted index built once, a sorted vocabulary for prefixes and
 * length buckets for bounded edit distance. Hand-written because it is small (no bundle cost for
 * the popup) and measured fast at 10,000 entries (test/bench/search.bench.ts).
 *
 * Ranking: a result must match as many query terms as the best result does (so "facial spasm"
 * still finds 64612 although no indexed field says "spasm", and "nerve block" does not list every
 * nerve procedure); then by score: field weight × match quality × rarity of the term.
 */
import type { CodeEntry } from '../data/schema';

export type SearchableEntry = Pick<CodeEntry, 'code' | 'title' | 'billingOverview' | 'serviceType' | 'siteOfService'>;

export interface SearchHit<E> {
  entry: E;
  score: number;
}

export interface SearchIndex<E> {
  search(query: string, options?: { limit?: number }): SearchHit<E>[];
}

/** How much a word in each field counts. */
const FIELD_WEIGHT = { title: 4, serviceType: 2, siteOfService: 1.5, billingOverview: 1 } as const;
/** How much each kind of match counts against an exact word. */
const MATCH = { exact: 1, prefix: 0.75, typo1: 0.55, typo2: 0.35 } as const;
const CODE_SCORE = { exact: 100, prefix: 50 } as const;
/** What each repeat of a word within one field adds, against its first occurrence. */
const REPEAT = 0.25;

const STOPWORDS = new Set(
  'a an and are as at be by cpt code codes for from in into is it of on or the to with without'.split(' '),
);

/** Lower case, accents and punctuation (any dash, slash, curly quote) folded to spaces. */
export function tokenize(text: string): string[] {
  // NFKD is the costly step: only text outside ASCII needs it.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point.
  const folded = /[^\u0000-\u007f]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  const lower = folded.toLowerCase();
  const tokens: string[] = [];
  // A hand loop: about three times faster than split(/[^a-z0-9]+/) when indexing 10,000 entries.
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      const token = lower.slice(start, i);
      if (!STOPWORDS.has(token)) tokens.push(token);
      start = -1;
    }
  }
  return tokens;
}

/** Optimal-string-alignment distance (a swap of two neighbours is one typo); for tests and tools. */
export function editDistance({ a, b }: { a: string; b: string }): number {
  const rows = Array.from({ length: b.length + 1 }, () => new Int32Array(a.length + 1));
  for (let j = 0; j <= a.length; j++) rows[0]![j] = j;
  for (let k = 1; k <= b.length; k++) nextRow({ rows, k, word: a, term: b });
  return rows[b.length]![a.length]!;
}

/**
 * Row `k` of the OSA edit-distance table between `word` and the first k letters of `term`,
 * from rows k-1 and k-2. Returns the row's minimum: once it exceeds the allowed typos, no word
 * starting with those k letters can match.
 */
function nextRow({ rows, k, word, term }: { rows: Int32Array[]; k: number; word: string; term: string }): number {
  const row = rows[k]!;
  const prev = rows[k - 1]!;
  const prev2 = k > 1 ? rows[k - 2]! : undefined;
  const c = term.charCodeAt(k - 1);
  row[0] = k;
  let min = k;
  for (let j = 1; j <= word.length; j++) {
    const cost = word.charCodeAt(j - 1) === c ? 0 : 1;
    let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
    if (prev2 && j > 1 && word.charCodeAt(j - 2) === c && word.charCodeAt(j - 1) === term.charCodeAt(k - 2))
      v = Math.min(v, prev2[j - 2]! + 1);
    row[j] = v;
    if (v < min) min = v;
  }
  return min;
}

/** Typos allowed for a word of this length: none under 4 letters, 2 from 8. */
function typosAllowed(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** First index in sorted `list` whose value is >= `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Every term of the sorted `vocabulary` within `max` typos of `word`. Walks the sorted list as a
 * trie: rows of the distance table are shared by terms with a common prefix, and a prefix whose
 * row already exceeds `max` skips every term that starts with it.
 */
function fuzzyTerms({ vocabulary, word, max }: { vocabulary: readonly string[]; word: string; max: number }) {
  const found: { term: string; distance: number }[] = [];
  const rows: Int32Array[] = [new Int32Array(word.length + 1).map((_, j) => j)];
  let previous = '';
  /** Rows 0..valid are computed for `previous`. */
  let valid = 0;
  let i = 0;
  next: while (i < vocabulary.length) {
    const term = vocabulary[i]!;
    let k = Math.min(commonPrefix(term, previous), valid);
    previous = term;
    for (k += 1; k <= term.length; k++) {
      rows[k] ??= new Int32Array(word.length + 1);
      if (nextRow({ rows, k, word, term }) > max) {
        valid = k - 1;
        // Skip every term that starts with term[0..k).
        i = lowerBound(vocabulary, `${term.slice(0, k)}\uffff`);
        continue next;
      }
    }
    valid = term.length;
    const distance = rows[term.length]![word.length]!;
    if (distance <= max) found.push({ term, distance });
    i++;
  }
  return found;
}

interface Postings {
  /** Entry indexes, ascending. */
  docs: number[];
  /** Weighted frequency of the term in each of those entries. */
  weights: number[];
  /** Entry × field where the term was last seen (while indexing). */
  seen: number;
}

export function createSearchIndex<E extends SearchableEntry>({ entries }: { entries: readonly E[] }): SearchIndex<E> {
  const postings = new Map<string, Postings>();
  entries.forEach((entry, doc) => {
    const fields: [number, string][] = [
      [FIELD_WEIGHT.title, entry.title],
      [FIELD_WEIGHT.billingOverview, entry.billingOverview],
      [FIELD_WEIGHT.serviceType, entry.serviceType.available ? entry.serviceType.text : ''],
      [FIELD_WEIGHT.siteOfService, entry.siteOfService.available ? entry.siteOfService.text : ''],
    ];
    fields.forEach(([weight, text], field) => {
      const seen = doc * fields.length + field;
      for (const term of tokenize(text)) {
        const list = postings.get(term);
        const last = list ? list.docs.length - 1 : -1;
        if (!list) postings.set(term, { docs: [doc], weights: [weight], seen });
        // A word repeated in one field counts a little more, not twice as much.
        else if (list.seen === seen) list.weights[last]! += weight * REPEAT;
        else if (list.docs[last] === doc) {
          list.weights[last]! += weight;
          list.seen = seen;
        } else {
          list.docs.push(doc);
          list.weights.push(weight);
          list.seen = seen;
        }
      }
    });
  });
  const vocabulary = [...postings.keys()].sort();
  const codeOrder = entries.map((e, i) => ({ code: e.code, i })).sort((a, b) => (a.code < b.code ? -1 : 1));
  const sortedCodes = codeOrder.map((c) => c.code);
  const idf = (term: string) => Math.log(1 + entries.length / postings.get(term)!.docs.length);

  /** Every vocabulary term a query word matches, with the quality of that match. */
  function expand(word: string): Map<string, number> {
    const matches = new Map<string, number>();
    const max = typosAllowed(word.length);
    if (max > 0)
      for (const { term, distance } of fuzzyTerms({ vocabulary, word, max }))
        matches.set(term, distance === 0 ? MATCH.exact : distance === 1 ? MATCH.typo1 : MATCH.typo2);
    else if (postings.has(word)) matches.set(word, MATCH.exact);
    if (word.length >= 2)
      for (let i = lowerBound(vocabulary, word); i < vocabulary.length && vocabulary[i]!.startsWith(word); i++)
        if (vocabulary[i] !== word)
          matches.set(vocabulary[i]!, Math.max(MATCH.prefix, matches.get(vocabulary[i]!) ?? 0));
    return matches;
  }

  /** Entry index -> score for one query term. */
  function scoreTerm(term: string): Map<number, number> {
    const scores = new Map<number, number>();
    if (/^[0-9]{1,5}$/.test(term)) {
      for (let k = lowerBound(sortedCodes, term); k < sortedCodes.length && sortedCodes[k]!.startsWith(term); k++)
        scores.set(codeOrder[k]!.i, sortedCodes[k] === term ? CODE_SCORE.exact : CODE_SCORE.prefix);
      return scores;
    }
    for (const [match, quality] of expand(term)) {
      const weight = quality * idf(match);
      const { docs, weights } = postings.get(match)!;
      for (let p = 0; p < docs.length; p++) {
        const score = weights[p]! * weight;
        // The best way this word matches an entry counts, not the sum of its variants.
        if (score > (scores.get(docs[p]!) ?? 0)) scores.set(docs[p]!, score);
      }
    }
    return scores;
  }

  return {
    search(query, { limit = 20 } = {}) {
      const terms = [...new Set(tokenize(query))];
      if (terms.length === 0) return [];
      const total = new Map<number, { score: number; matched: number }>();
      for (const term of terms)
        for (const [doc, score] of scoreTerm(term)) {
          const t = total.get(doc);
          if (t) {
            t.score += score;
            t.matched += 1;
          } else total.set(doc, { score, matched: 1 });
        }
      let best = 0;
      for (const { matched } of total.values()) best = Math.max(best, matched);
      const hits: SearchHit<E>[] = [];
      for (const [doc, { score, matched }] of total)
        if (matched === best) hits.push({ entry: entries[doc]!, score: Math.round(score * 1000) / 1000 });
      hits.sort((a, b) => b.score - a.score || (a.entry.code < b.entry.code ? -1 : 1));
      return hits.slice(0, limit);
    },
  };
}
