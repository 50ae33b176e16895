/** lib/page/travel: this frame's reading order, and where a caret or a frame element falls in it. */
import { describe, expect, it } from 'vitest';
import { createMatchIndex } from '../../../lib/page/match-index';
import { countWhile, framePath, inReadingOrder, isBefore } from '../../../lib/page/travel';

function textIn(parent: ParentNode, data: string, tag = 'p'): Text {
  const el = document.createElement(tag);
  const text = document.createTextNode(data);
  el.append(text);
  parent.append(el);
  return text;
}

const at = (start: number, code: string) => ({ start, end: start + 5, code, modifiers: [] });

describe('inReadingOrder', () => {
  it('orders every code of the document, shadow trees at their host, and several codes in one node by offset', () => {
    document.body.replaceChildren();
    const first = textIn(document.body, 'CPT 64714 then 64712');
    const host = document.createElement('div');
    document.body.append(host);
    const inShadow = textIn(host.attachShadow({ mode: 'open' }), 'CPT 64445');
    const last = textIn(document.body, 'CPT 64712');
    const index = createMatchIndex();
    // Registered out of order, as scans of shadow roots and late content are.
    index.set(last, [at(4, '64712')]);
    index.set(inShadow, [at(4, '64445')]);
    index.set(first, [at(4, '64714'), at(15, '64712')]);
    const order = inReadingOrder(index).map(
      (m) => `${m.code}@${m.node === first ? 'first' : m.node === last ? 'last' : 'shadow'}`,
    );
    expect(order).toEqual(['64714@first', '64712@first', '64445@shadow', '64712@last']);
  });
});

describe('isBefore and countWhile', () => {
  it('places a caret in a text node, between elements, and at the end of an element', () => {
    document.body.replaceChildren();
    const a = textIn(document.body, 'CPT 64714 and 64712');
    const b = textIn(document.body, 'CPT 64445');
    const ordered = [
      { node: a, start: 4 },
      { node: a, start: 14 },
      { node: b, start: 4 },
    ];
    const codesBefore = (node: Node, offset: number) => countWhile(ordered, (m) => isBefore(m, node, offset));
    expect(codesBefore(a, 0)).toBe(0);
    // On the first code's first digit: it is still ahead.
    expect(codesBefore(a, 4)).toBe(0);
    expect(codesBefore(a, 10)).toBe(1);
    expect(codesBefore(a, a.length)).toBe(2);
    // Between the two paragraphs (an element boundary: body, child index 1).
    expect(codesBefore(document.body, 1)).toBe(2);
    expect(codesBefore(document.body, 0)).toBe(0);
    // At the end of the first paragraph, and at the end of the body.
    expect(codesBefore(a.parentNode!, 1)).toBe(2);
    expect(codesBefore(document.body, 2)).toBe(3);
  });
});

describe('framePath', () => {
  it('is empty for the top frame', () => {
    expect(framePath(window)).toEqual([]);
  });
});
