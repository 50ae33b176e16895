/**
 * lib/page/scan with the real detect(): what a scan indexes, what it skips, and that a rescan
 * follows edits. (Real-browser behaviour — slices, shadow roots, highlights — is in e2e.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMatchIndex } from '../../../lib/page/match-index';
import { createScanner, hasKnownNumber, SLICE_MS } from '../../../lib/page/scan';

const KNOWN = new Set(['64712', '64714', '64632', '64445', '64612']);

function setup() {
  const index = createMatchIndex();
  const changed: Text[] = [];
  const scanner = createScanner(
    document,
    KNOWN,
    index,
    new AbortController().signal,
    (nodes) => changed.push(...nodes),
    () => {},
  );
  return { index, scanner, changed };
}

/** A live feed: three claim lines with a code, each inserted at the top and scanned as its own batch. */
async function feedThreeLines(
  feed: HTMLElement,
  scanner: { enqueue(root: Node, rescan?: boolean): void; run(): Promise<unknown> },
): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const li = document.createElement('li');
    li.textContent = `Claim ${i}: CPT 64712`;
    feed.prepend(li);
    scanner.enqueue(li, true);
    await scanner.run();
  }
}

describe('hasKnownNumber', () => {
  it('is true only for a run of exactly five digits the data knows', () => {
    expect(hasKnownNumber('CPT 64712', KNOWN)).toBe(true);
    expect(hasKnownNumber('64712-RT', KNOWN)).toBe(true);
    expect(hasKnownNumber('ZIP 99213', KNOWN)).toBe(false);
    expect(hasKnownNumber('1647120', KNOWN)).toBe(false);
    expect(hasKnownNumber('6471', KNOWN)).toBe(false);
    expect(hasKnownNumber('99999 then 64445', KNOWN)).toBe(true);
  });
});

describe('createScanner', () => {
  it('indexes codes in a table and in text, and leaves form fields, editable regions and scripts alone', async () => {
    // Test fixture only (happy-dom); the extension itself never writes HTML into a page.
    document.body.innerHTML = `
      <table><thead><tr><th>Claim #</th><th>CPT/HCPCS</th></tr></thead>
        <tbody><tr><td>64714</td><td>64712</td></tr></tbody></table>
      <p>Procedure 64445-50 was billed.</p>
      <textarea>CPT 64632</textarea>
      <div contenteditable="true"><p>CPT 64612</p></div>
      <script>var x = "CPT 64612";</script>`;
    const { index, scanner, changed } = setup();
    scanner.enqueue(document);
    await scanner.run();
    expect(Object.fromEntries(index.counts())).toEqual({ '64712': 1, '64445': 1 });
    expect(index.occurrences('64445')[0]?.modifiers).toEqual(['50']);
    expect(changed.map((t) => t.data.trim()).sort()).toEqual(['64712', 'Procedure 64445-50 was billed.']);
    expect(scanner.stats().firstScanDoneAt).toBeGreaterThan(0);
  });

  it('skips every kind of editable region (contenteditable, textbox and combobox roles, select), and only those', async () => {
    // Test fixture only (happy-dom): one code per region.
    document.body.innerHTML = `
      <div contenteditable><p>CPT 64712</p></div>
      <div contenteditable="PLAINTEXT-ONLY"><span>CPT 64714</span></div>
      <div contenteditable="true"><p contenteditable="FALSE">CPT 64632</p></div>
      <div role="textbox"><b>CPT 64445</b></div>
      <div role="combobox">CPT 64612</div>
      <select><option>CPT 64712</option></select>
      <p contenteditable="false">CPT 64714</p>
      <p role="listbox" class="x">CPT 64632</p>`;
    const { index, scanner } = setup();
    scanner.enqueue(document);
    await scanner.run();
    // Marked: the contenteditable="false" paragraph outside any editor, and the listbox.
    expect(Object.fromEntries(index.counts())).toEqual({ '64714': 1, '64632': 1 });
  });

  it('looks up a table section for an editable region once, not per code, and still skips editable cells and rows', async () => {
    // Test fixture only (happy-dom): a 100-row CPT column, then tables editable at each level of a cell's ancestry.
    const rows = Array.from({ length: 100 }, () => '<tr><td>64712</td><td>Paid</td></tr>').join('');
    const table = (attrs: { table?: string; tbody?: string; tr?: string; td?: string }) =>
      `<table ${attrs.table ?? ''}><thead><tr><th>CPT</th><th>Status</th></tr></thead><tbody ${attrs.tbody ?? ''}>` +
      `<tr ${attrs.tr ?? ''}><td ${attrs.td ?? ''}>64714</td><td>Paid</td></tr></tbody></table>`;
    document.body.innerHTML = `<table><thead><tr><th>CPT</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>
      <div contenteditable>${table({})}</div>${table({ tbody: 'role="textbox"' })}${table({ tr: 'contenteditable' })}
      ${table({ td: 'role="combobox"' })}${table({ td: 'contenteditable="false"', tr: 'class="x"' })}`;
    const closest = vi.spyOn(Element.prototype, 'closest');
    const { index, scanner } = setup();
    scanner.enqueue(document);
    await scanner.run();
    const editableLookups = closest.mock.calls.filter(([selector]) => selector.includes('contenteditable')).length;
    closest.mockRestore();
    // The 100 codes of the first table and the last table's (its cell is not editable), and nothing else.
    expect(Object.fromEntries(index.counts())).toEqual({ '64712': 100, '64714': 1 });
    // One walk up per table section, not one per code (the old check made 101 here, plus one per other table).
    expect(editableLookups).toBe(6);
  });

  it("reads no tag name of a code's cell to skip a tag or our own UI (each read is a DOM call), and still skips both", async () => {
    // Test fixture only (happy-dom): a 100-row CPT column, a code in a skipped parent, one in our own UI.
    const rows = Array.from({ length: 100 }, () => '<tr><td>64712</td><td>Paid</td></tr>').join('');
    document.body.innerHTML = `<table><thead><tr><th>CPT</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>
      <noscript>CPT 64714</noscript><cpt-lens-ui>CPT 64632</cpt-lens-ui>`;
    const nodeName = vi.spyOn(Element.prototype, 'nodeName', 'get');
    const nodeType = vi.spyOn(Node.prototype, 'nodeType', 'get');
    const { index, scanner } = setup();
    scanner.enqueue(document);
    await scanner.run();
    // Reads on a code's cell; the happy-dom walker reads nodeType of every node it passes, the same for both.
    const onCells = (contexts: unknown[]) => contexts.filter((c) => c instanceof HTMLTableCellElement).length;
    const names = onCells(nodeName.mock.contexts);
    const types = onCells(nodeType.mock.contexts);
    nodeName.mockRestore();
    nodeType.mockRestore();
    expect(Object.fromEntries(index.counts())).toEqual({ '64712': 100 });
    // The walker's 3 nodeType reads per cell: 300, and no nodeName read on a cell (a cell is neither a skipped tag
    // nor our UI, and `instanceof` says it is a cell). Two nodeName reads per code's cell made 502; isOwnElement's
    // nodeType test, a third property per code's cell, 602.
    expect(names).toBe(0);
    expect(names + types).toBeLessThanOrEqual(320);
  });

  it("reads a code cell's parent, row and section once each, shared by its context and the editable check", async () => {
    // Test fixture only (happy-dom): a claims table, codes under CPT (matched) and under Claim # (not matched).
    const rows = Array.from({ length: 100 }, () => '<tr><td>64714</td><td>64712</td><td>RT</td></tr>').join('');
    document.body.innerHTML = `<table><thead><tr><th>Claim #</th><th>CPT</th><th>Mod</th></tr></thead><tbody>${rows}</tbody></table>`;
    const parentElement = vi.spyOn(Node.prototype, 'parentElement', 'get');
    const { index, scanner } = setup();
    scanner.enqueue(document);
    await scanner.run();
    const reads = parentElement.mock.calls.length;
    parentElement.mockRestore();
    expect(Object.fromEntries(index.counts())).toEqual({ '64712': 100 });
    expect(index.occurrences('64712')[0]?.modifiers).toEqual(['RT']);
    // 200 candidates, each read its cell (the text's parent), the row and the section once: 600. When the column header
    // read and the editable check each read them, a matched code read all three twice: 905.
    expect(reads).toBeLessThanOrEqual(610);
  });

  it('rescans an edited text: new matches replace old ones, and a text that lost its code is dropped', async () => {
    document.body.innerHTML = '<p id="a">CPT 64712</p>';
    const { index, scanner } = setup();
    scanner.enqueue(document);
    await scanner.run();
    const text = document.getElementById('a')!.firstChild as Text;
    text.data = 'CPT 64714 and 64632';
    scanner.enqueue(text, true);
    await scanner.run();
    expect(Object.fromEntries(index.counts())).toEqual({ '64714': 1, '64632': 1 });
    text.data = 'Claim number 64714';
    scanner.enqueue(text, true);
    await scanner.run();
    expect(index.counts().size).toBe(0);
  });

  it('a live feed: each new line is scanned with no XPath query and no new message channel', async () => {
    const Real = globalThis.MessageChannel;
    let channels = 0;
    globalThis.MessageChannel = class extends Real {
      constructor() {
        super();
        channels++;
      }
    };
    try {
      document.body.innerHTML = '<ul id="feed"></ul>';
      const { index, scanner } = setup();
      // happy-dom has no XPath: a stand-in that finds no host, as Chromium would for a line.
      const evaluate = vi.fn(() => ({ snapshotLength: 0 }));
      vi.stubGlobal('XPathResult', { ORDERED_NODE_SNAPSHOT_TYPE: 7 });
      Object.assign(document, { evaluate });
      const feed = document.getElementById('feed')!;
      await feedThreeLines(feed, scanner);
      expect(index.counts().get('64712')).toBe(3);
      // A line holds no element, so no custom-element host: the query would find nothing.
      expect(evaluate).not.toHaveBeenCalled();
      // One channel for the scanner's lifetime, not one per yield.
      expect(channels).toBe(1);
    } finally {
      globalThis.MessageChannel = Real;
      vi.unstubAllGlobals();
      delete (document as { evaluate?: unknown }).evaluate;
    }
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a live feed: one context reader for the document, not one per batch (issue 16)', async () => {
    document.body.innerHTML = '<ul id="feed"></ul>';
    const { index, scanner } = setup();
    // Each job walks its own subtree; a walker rooted at the document is the context reader's.
    const walkers = vi.spyOn(document, 'createTreeWalker');
    const feed = document.getElementById('feed')!;
    await feedThreeLines(feed, scanner);
    expect(index.counts().get('64712')).toBe(3);
    expect(walkers.mock.calls.filter(([root]) => root === document).length).toBe(1);
  });

  it('a kept context reader still reads a column header the page changed since the last batch', async () => {
    // Test fixture only (happy-dom).
    document.body.innerHTML =
      '<table><thead><tr><th>Claim #</th><th id="h">Patient ZIP</th></tr></thead><tbody><tr><td>1</td><td id="c">64712</td></tr></tbody></table>';
    const { index, scanner } = setup();
    scanner.enqueue(document);
    await scanner.run();
    expect(index.counts().size).toBe(0);
    document.getElementById('h')!.textContent = 'CPT';
    scanner.enqueue(document.getElementById('c')!.firstChild!, true);
    await scanner.run();
    expect(index.counts().get('64712')).toBe(1);
  });

  it('counts handing changes on towards the slice: a costly hand-off ends the slice, not the scan later', async () => {
    // Test fixture only (happy-dom): 40 codes in 40 paragraphs.
    document.body.innerHTML = Array.from({ length: 40 }, () => '<p>CPT 64712</p>').join('');
    // A clock that only the hand-off moves: each one costs a whole slice.
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const index = createMatchIndex();
    const batches: number[] = [];
    const scanner = createScanner(
      document,
      KNOWN,
      index,
      new AbortController().signal,
      (nodes) => {
        batches.push(nodes.length);
        now += 2 * SLICE_MS;
      },
      () => {},
    );
    scanner.enqueue(document);
    await scanner.run();
    expect(index.counts().get('64712')).toBe(40);
    // Handed on every few candidates, each hand-off followed by a clock read that ends the slice.
    expect(Math.max(...batches)).toBeLessThanOrEqual(4);
    expect(scanner.stats().slices).toBeGreaterThanOrEqual(10);
    expect(scanner.stats().longestSliceMs).toBeLessThanOrEqual(2 * SLICE_MS);
  });
});

describe('createScanner, mayHold', () => {
  it('is true for the ancestors a holder had, shadow hosts included, and for any node while work is queued', async () => {
    // Test fixture only (happy-dom).
    document.body.innerHTML = '<table><tr><td id="code">CPT 64712</td><td id="count">3</td></tr></table>';
    const host = document.createElement('code-badge');
    const label = document.createElement('span');
    label.textContent = 'CPT 64714';
    host.attachShadow({ mode: 'open' }).append(label);
    document.body.append(host);
    const { scanner } = setup();
    const count = document.getElementById('count')!;
    scanner.enqueue(document);
    // Queued, not scanned: a match may be anywhere.
    expect(scanner.mayHold(count)).toBe(true);
    await scanner.run();
    scanner.enqueue(host.shadowRoot!);
    await scanner.run();
    expect(scanner.mayHold(count)).toBe(false);
    expect(scanner.mayHold(count.firstChild!)).toBe(false);
    for (const node of [document.getElementById('code')!, count.parentElement!, document.body, document]) {
      expect(scanner.mayHold(node)).toBe(true);
    }
    // The shadow tree's match: its root and, through it, its host.
    expect(scanner.mayHold(label)).toBe(true);
    expect(scanner.mayHold(host.shadowRoot!)).toBe(true);
    expect(scanner.mayHold(host)).toBe(true);
  });
});

describe('createScanner, a root the page removes', () => {
  it('ends a half-done job whose root the page removed: no text of the removed subtree is indexed after it', async () => {
    // Test fixture only (happy-dom): 40 codes in a panel the page removes after the first slice.
    document.body.innerHTML = `<div id="panel">${'<p>CPT 64712</p>'.repeat(40)}</div>`;
    const panel = document.getElementById('panel')!;
    // A clock that only the hand-off moves, so the job yields after its first hand-off.
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const index = createMatchIndex();
    let indexedAtRemoval = -1;
    const scanner = createScanner(
      document,
      KNOWN,
      index,
      new AbortController().signal,
      () => {
        now += 2 * SLICE_MS;
        if (indexedAtRemoval >= 0) return;
        indexedAtRemoval = index.counts().get('64712') ?? 0;
        // The page removes the panel while the scan is half-way (a tab switch in a single-page app).
        queueMicrotask(() => panel.remove());
      },
      () => {},
    );
    scanner.enqueue(panel);
    await scanner.run();
    expect(indexedAtRemoval).toBeGreaterThan(0);
    expect(indexedAtRemoval).toBeLessThan(40);
    expect(index.counts().get('64712')).toBe(indexedAtRemoval);
  });
});

describe('createScanner in the shipped build, which counts nothing (lib/page/counting.ts)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('indexes the same codes, run after run, and keeps no stats()', async () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = 'Procedure 64445-50 was billed with 64712.';
    document.body.append(p, document.createElement('p'));
    vi.stubEnv('PROD', true);
    vi.resetModules();
    const shipped = await import('../../../lib/page/scan');
    expect((await import('../../../lib/page/counting')).COUNTING).toBe(false);
    const index = createMatchIndex();
    const scanner = shipped.createScanner(
      document,
      KNOWN,
      index,
      new AbortController().signal,
      () => {},
      () => {},
    );
    scanner.enqueue(document);
    await scanner.run();
    expect([...index.counts().keys()].sort()).toEqual(['64445', '64712']);
    // A second run (no warm-up now: the count of slices that steers it is kept in every build) finds a new code.
    const q = document.createElement('p');
    q.textContent = 'Then 64714 was added.';
    document.body.append(q);
    scanner.enqueue(q, true);
    await scanner.run();
    expect([...index.counts().keys()].sort()).toEqual(['64445', '64712', '64714']);
    // The figures are the bench's alone: the shipped build has no stats() to read them.
    expect('stats' in scanner).toBe(false);
  });
});
