/** lib/page/match-index: the per-node match store, counts, and document order across shadow trees. */
import { describe, expect, it } from 'vitest';
import { compareDocumentOrder, createMatchIndex } from '../../../lib/page/match-index';

const m = (start: number, code: string, modifiers: string[] = []) => ({ start, end: start + 5, code, modifiers });

function textIn(parent: ParentNode, data: string): Text {
  const p = document.createElement('p');
  const text = document.createTextNode(data);
  p.append(text);
  parent.append(p);
  return text;
}

describe('createMatchIndex', () => {
  it('stores, replaces and drops matches, keeping counts in step', () => {
    document.body.replaceChildren();
    const index = createMatchIndex();
    const a = textIn(document.body, 'CPT 64712 and 64714');
    const b = textIn(document.body, 'CPT 64712');
    expect(index.set(a, [m(4, '64712'), m(14, '64714')])).toBe(true);
    expect(index.set(b, [m(4, '64712')])).toBe(true);
    expect(Object.fromEntries(index.counts())).toEqual({ '64712': 2, '64714': 1 });
    // The same matches again: nothing changed.
    expect(index.set(b, [m(4, '64712')])).toBe(false);
    // Edited in place: same code at a new offset is a change (the highlight range moves).
    expect(index.set(b, [m(5, '64712')])).toBe(true);
    expect(index.set(a, [m(4, '64714')])).toBe(true);
    expect(Object.fromEntries(index.counts())).toEqual({ '64712': 1, '64714': 1 });
    // The holders, in the order they were first stored: a copy, which dropping a holder leaves as it was.
    const holders = index.holders();
    expect(holders).toEqual([a, b]);
    expect(index.drop(a)).toBe(true);
    expect(index.drop(a)).toBe(false);
    expect(holders).toEqual([a, b]);
    expect(index.holders()).toEqual([b]);
    expect(index.set(b, [])).toBe(true);
    expect(index.counts().size).toBe(0);
    expect(index.holders()).toEqual([]);
  });

  it('hands out matches with their node, and occurrences in document order', () => {
    document.body.replaceChildren();
    const index = createMatchIndex();
    const first = textIn(document.body, '64712');
    const second = textIn(document.body, '64712 64712');
    index.set(second, [m(0, '64712', ['RT']), m(6, '64712')]);
    index.set(first, [m(0, '64712')]);
    const found = index.occurrences('64712');
    expect(found.map((x) => [x.node === first ? 'first' : 'second', x.start, x.modifiers])).toEqual([
      ['first', 0, []],
      ['second', 0, ['RT']],
      ['second', 6, []],
    ]);
    expect(index.get(first)?.[0]?.node).toBe(first);
  });
});

describe('compareDocumentOrder', () => {
  it('orders a shadow tree at its host, between the light DOM before and after it', () => {
    document.body.replaceChildren();
    const before = textIn(document.body, 'before');
    const host = document.createElement('div');
    document.body.append(host);
    const inside = textIn(host.attachShadow({ mode: 'open' }), 'inside');
    const after = textIn(document.body, 'after');
    const sorted = [after, inside, before].sort(compareDocumentOrder);
    expect(sorted.map((t) => t.data)).toEqual(['before', 'inside', 'after']);
  });
});
