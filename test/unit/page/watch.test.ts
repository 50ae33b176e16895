/** lib/page/watch: reducing a frame's mutation records to what must be scanned. */
import { describe, expect, it, vi } from 'vitest';
import { createMatchIndex } from '../../../lib/page/match-index';
import { hasKnownNumber } from '../../../lib/page/scan';
import { createWatcher, summarize } from '../../../lib/page/watch';

function record(init: Partial<MutationRecord>): MutationRecord {
  return {
    type: 'childList',
    target: document.body,
    addedNodes: [] as unknown as NodeList,
    removedNodes: [] as unknown as NodeList,
    previousSibling: null,
    nextSibling: null,
    attributeName: null,
    attributeNamespace: null,
    oldValue: null,
    ...init,
  } as MutationRecord;
}
const list = (...nodes: Node[]) => nodes as unknown as NodeList;

describe('summarize', () => {
  it('keeps only the top-most added nodes, and texts edited in place', () => {
    document.body.replaceChildren();
    const ul = document.createElement('ul');
    const li = document.createElement('li');
    li.textContent = 'CPT 64712';
    ul.append(li);
    const p = document.createElement('p');
    p.textContent = 'CPT 64714';
    document.body.append(ul, p);
    const edited = p.firstChild as Text;
    const batch = summarize([
      record({ addedNodes: list(ul) }),
      record({ target: ul, addedNodes: list(li) }),
      record({ type: 'characterData', target: edited }),
    ]);
    expect(batch[0]).toEqual([ul, edited]);
    expect(batch[1]).toBeUndefined();
  });

  it('ignores our own UI host, nodes no longer in the page, and reports removals', () => {
    document.body.replaceChildren();
    const host = document.createElement('cpt-lens-ui');
    document.documentElement.append(host);
    const gone = document.createElement('p');
    const batch = summarize([
      record({ target: document.documentElement, addedNodes: list(host) }),
      record({ addedNodes: list(gone) }),
      record({ removedNodes: list(gone) }),
    ]);
    expect(batch[0]).toEqual([]);
    expect(batch[1]).toBeDefined();
    host.remove();
  });

  it('says whether elements came or went: text edits alone (a counter ticking) move nothing for the highlighter', () => {
    document.body.replaceChildren();
    const td = document.createElement('td');
    td.textContent = '41';
    document.body.append(td);
    const old = td.firstChild as Text;
    td.textContent = '42';
    const texts = summarize([
      record({ type: 'characterData', target: td.firstChild! }),
      record({ target: td, addedNodes: list(td.firstChild!), removedNodes: list(old) }),
    ]);
    expect(texts[2]).toBe(false);
    expect(texts[0]).toEqual([td.firstChild]);
    const li = document.createElement('li');
    document.body.append(li);
    expect(summarize([record({ addedNodes: list(li) })])[2]).toBe(true);
    expect(summarize([record({ removedNodes: list(document.createElement('p')) })])[2]).toBe(true);
  });
});

describe('summarize, texts only', () => {
  it('walks no ancestors when a frame touched texts alone (counters updating every frame)', () => {
    document.body.replaceChildren();
    const cells = Array.from({ length: 20 }, (_, i) => {
      const td = document.createElement('td');
      td.textContent = String(i);
      document.body.append(td);
      return td;
    });
    const records = cells.flatMap((td, i) => {
      const old = td.firstChild as Text;
      if (i % 2 === 0) {
        old.data = `${i + 1}`;
        return [record({ type: 'characterData', target: old })];
      }
      td.textContent = `${i + 1}`;
      return [record({ target: td, addedNodes: list(td.firstChild!), removedNodes: list(old) })];
    });
    const parentReads = vi.spyOn(Node.prototype, 'parentNode', 'get');
    const batch = summarize(records);
    expect(parentReads).not.toHaveBeenCalled();
    parentReads.mockRestore();
    expect(batch[0]).toEqual(cells.map((td) => td.firstChild));
  });
});

describe('summarize, one node', () => {
  it('walks no ancestors for a frame that added one line (a live feed; issue 16)', () => {
    document.body.replaceChildren();
    const ul = document.createElement('ul');
    const old = document.createElement('li');
    const li = document.createElement('li');
    li.textContent = 'Claim 1: CPT 64712';
    document.body.append(ul);
    ul.append(li);
    const parents = vi.spyOn(Node.prototype, 'parentNode', 'get');
    const batch = summarize([
      record({ target: ul, removedNodes: list(old) }),
      record({ target: ul, addedNodes: list(li) }),
    ]);
    const walked = parents.mock.calls.length;
    parents.mockRestore();
    expect(batch[0]).toEqual([li]);
    expect(batch[1]).toBeDefined();
    expect(walked).toBe(0);
  });
});

describe('createWatcher', () => {
  it('reports page activity as it happens, even while a flush waits for its frame', async () => {
    document.body.replaceChildren();
    const badge = document.createElement('span');
    document.body.append(badge);
    // Frames never run here: a flush requested from inside the page's rAF callbacks runs a frame
    // later, so activity reported only at the flush was seen every other frame on a live page.
    const frames: FrameRequestCallback[] = [];
    const win = { requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb), cancelAnimationFrame() {} };
    const controller = new AbortController();
    let activity = 0;
    const watch = createWatcher(
      win as unknown as Window,
      controller.signal,
      () => {},
      () => activity++,
    );
    watch(document);
    badge.className = 'on';
    await Promise.resolve();
    expect(activity).toBe(1);
    badge.textContent = 'live';
    await Promise.resolve();
    expect(activity).toBe(2);
    // Attribute changes alone queue no flush: there is nothing to scan.
    expect(frames.length).toBe(1);
    controller.abort();
  });
});

describe('createWatcher with inert texts (issue 16)', () => {
  it('a frame of counters ticking queues no flush and no batch; a text that gains a code, or loses one, does', async () => {
    document.body.replaceChildren();
    const known = new Set(['64712']);
    const index = createMatchIndex();
    const row = document.createElement('p');
    row.append('64712', ' waiting ', '0');
    const seen = document.createElement('span');
    seen.textContent = '0';
    document.body.append(row, seen);
    const code = row.firstChild as Text;
    const waiting = row.lastChild as Text;
    index.set(code, [{ start: 0, end: 5, code: '64712', modifiers: [] }]);
    const frames: FrameRequestCallback[] = [];
    const win = { requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb), cancelAnimationFrame() {} };
    const controller = new AbortController();
    const batches: Node[][] = [];
    let activity = 0;
    const watch = createWatcher(
      win as unknown as Window,
      controller.signal,
      (batch) => batches.push(batch![0]),
      () => activity++,
      // The annotator's rule (annotator.ts): a text holding no match and no number the data knows.
      (node) => node instanceof Text && !index.get(node) && !hasKnownNumber(node.data, known),
    );
    watch(document);
    // A counter edited in place, and one re-rendered as a new text (a removal and an addition).
    waiting.data = '1';
    seen.textContent = '7';
    await Promise.resolve();
    expect(activity).toBe(1); // the page is live all the same (the highlighter's boxes need it)
    expect(frames.length).toBe(0);
    // A counter that now reads as a known number must be scanned.
    waiting.data = '64712';
    await Promise.resolve();
    expect(frames.length).toBe(1);
    frames.shift()!(0);
    expect(batches).toEqual([[waiting]]);
    // A text holding a match that changes (or goes) must be rescanned, whatever it holds now.
    code.data = '1';
    await Promise.resolve();
    expect(frames.length).toBe(1);
    frames.shift()!(0);
    expect(batches[1]).toEqual([code]);
    controller.abort();
  });
});
