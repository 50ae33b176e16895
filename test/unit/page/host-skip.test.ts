/**
 * lib/page/host-skip: the host walk steps over rows that cannot hold a shadow host, and still finds
 * every host in a row that can (through the scanner's document walk).
 */
import { describe, expect, it, vi } from 'vitest';
import { holdsNoHost, nextAfterSubtree } from '../../../lib/page/host-skip';
import { createMatchIndex } from '../../../lib/page/match-index';
import { createScanner } from '../../../lib/page/scan';

function row(html: string): HTMLTableRowElement {
  // Test fixture only (happy-dom); the extension itself never writes HTML into a page.
  document.body.innerHTML = `<table><tbody><tr>${html}</tr></tbody></table>`;
  return document.querySelector('tr')!;
}

/** The shadow hosts a scanner's host walk finds in the document, in the order it finds them. */
async function hostsFound(): Promise<Element[]> {
  const found: Element[] = [];
  const scanner = createScanner(
    document,
    new Set(['64712']),
    createMatchIndex(),
    new AbortController().signal,
    () => {},
    (root) => found.push(root.host),
  );
  scanner.discover(document);
  await scanner.run();
  return found;
}

describe('holdsNoHost', () => {
  it('is true for a row of cells with inline text, links and form controls', () => {
    expect(holdsNoHost(row('<td>64712</td><td><a href="#">C90000013</a></td>'))).toBe(true);
    expect(holdsNoHost(row('<td><b>RT</b><br><input value="1"></td><th><code>x</code></th>'))).toBe(true);
  });

  it('is false when the row holds an element that may carry a shadow root', () => {
    expect(holdsNoHost(row('<td><div>64712</div></td>'))).toBe(false);
    expect(holdsNoHost(row('<td><span>64712</span></td>'))).toBe(false);
    expect(holdsNoHost(row('<td><claim-code>64712</claim-code></td>'))).toBe(false);
    expect(holdsNoHost(row('<td><svg><rect></rect></svg></td>'))).toBe(false);
  });
});

describe('nextAfterSubtree', () => {
  it('moves past the current node and its descendants, climbing out when it has no next sibling', () => {
    document.body.innerHTML = '<ul id="a"><li id="b"><i id="c"></i></li></ul><p id="d"></p>';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = document.getElementById('b')!;
    expect((nextAfterSubtree(walker) as Element).id).toBe('d');
    expect(walker.currentNode).toBe(document.getElementById('d'));
    expect(nextAfterSubtree(walker)).toBeNull();
  });
});

describe('the document walk for shadow hosts', () => {
  it('finds hosts inside table rows and list items, and skips rows that hold none', async () => {
    document.body.innerHTML = `
      <table><tbody>
        <tr><td>1</td><td>plain</td></tr>
        <tr><td><div id="in-cell"></div></td></tr>
        <tr><td>3</td></tr>
      </tbody></table>
      <ul><li>plain</li><li><x-card id="in-item"></x-card></li></ul>
      <div id="after"></div>`;
    const hosts = ['in-cell', 'in-item', 'after'].map((id) => document.getElementById(id)!);
    for (const host of hosts) host.attachShadow({ mode: 'open' });
    const found = await hostsFound();
    expect(found).toEqual(hosts);
  });

  it('steps over a table body of plain rows with one query, not one per row', async () => {
    document.body.innerHTML = `
      <table><tbody><tr><td>1</td><td><a href="#">plain</a></td></tr><tr><td>2</td></tr></tbody></table>
      <div id="after"></div>`;
    const after = document.getElementById('after')!;
    after.attachShadow({ mode: 'open' });
    const asked: string[] = [];
    const query = Element.prototype.querySelector;
    vi.spyOn(Element.prototype, 'querySelector').mockImplementation(function (this: Element, selector: string) {
      asked.push(this.nodeName);
      return query.call(this, selector);
    });
    const found = await hostsFound();
    vi.restoreAllMocks();
    expect(found).toEqual([after]);
    expect(asked).toEqual(['TBODY']);
  });
});
