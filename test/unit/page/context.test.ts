/** lib/page/context: the DOM context detect() reads — text before and after, and column headers. */
import { describe, expect, it } from 'vitest';
import { columnHeaderOf, createContextReader } from '../../../lib/page/context';

function render(html: string): void {
  // Test fixture only (happy-dom); the extension itself never writes HTML into a page.
  document.body.innerHTML = html;
}

function textOf(selector: string): Text {
  const text = document.querySelector(selector)?.firstChild;
  if (!(text instanceof Text)) throw new Error(`no text in ${selector}`);
  return text;
}

describe('before and after', () => {
  it('reads the label of a definition list across elements', () => {
    render('<dl><dt>Group number</dt><dd id="v">64612</dd><dt>Status</dt><dd>Paid</dd></dl>');
    const context = createContextReader(document).contextOf(textOf('#v'));
    expect(context.before).toBe('Group number');
    expect(context.after).toBe('Status');
  });

  it('joins nodes with a space, stops at ~80 characters, and skips script text', () => {
    render(
      `<p>${'x'.repeat(100)}</p><script>var label = "${'y'.repeat(90)} Claim #";</script><b>CPT</b><span id="v">64712</span><i>-RT</i>`,
    );
    const context = createContextReader(document).contextOf(textOf('#v'));
    expect(context.before?.endsWith('x CPT')).toBe(true);
    expect(context.before?.length).toBeLessThanOrEqual(80);
    expect(context.before).not.toContain('Claim');
    expect(context.after).toBe('-RT');
  });

  it('does not read the end of the line before a line break as a label, unless it ends in a colon', () => {
    // pdf.js's text layer: one span per run, a <br> at each line end; a table is lines.
    render(
      '<div><span>Yes</span><br role="presentation"><span id="a">64445</span><br>' +
        '<span>Claim #:</span><br><span id="b">64712</span> <b>Member</b><span id="c">64714</span></div>',
    );
    const reader = createContextReader(document);
    expect(reader.contextOf(textOf('#a')).before).toBe('');
    expect(reader.contextOf(textOf('#b')).before?.endsWith('Claim #:')).toBe(true);
    expect(reader.contextOf(textOf('#c')).before?.endsWith('Member')).toBe(true);
  });

  it('is re-aimed at each node (one object, fresh values)', () => {
    render('<p>Claim #</p><p id="a">64714</p><p>CPT</p><p id="b">64712</p>');
    const reader = createContextReader(document);
    expect(reader.contextOf(textOf('#a')).before).toBe('Claim #');
    expect(reader.contextOf(textOf('#b')).before).toBe('Claim # 64714 CPT');
  });
});

describe('reads', () => {
  it('records the properties read, in the order first read, and starts anew at each node', () => {
    render(
      '<table><thead><tr><th>CPT</th><th>Mod</th></tr></thead><tbody><tr><td id="a">64712</td><td>RT</td></tr></tbody></table>',
    );
    const reader = createContextReader(document);
    const context = reader.contextOf(textOf('#a'));
    expect(context.after).toBe('RT');
    expect(context.columnHeader).toBe('CPT');
    expect(context.after).toBe('RT');
    expect([...reader.reads]).toEqual([
      ['after', 'RT'],
      ['columnHeader', 'CPT'],
    ]);
    reader.contextOf(textOf('#a'));
    expect([...reader.reads]).toEqual([]);
  });
});

describe('columnHeaderOf', () => {
  it('finds the <thead> header of a cell, with colspans expanded', () => {
    render(`<table><thead><tr><th colspan="2">Claim</th><th>CPT/HCPCS</th><th>ZIP</th></tr></thead>
      <tbody><tr><td>1</td><td>64714</td><td id="cpt"><a><b>64712</b></a></td><td id="zip">64112</td></tr>
      <tr><td colspan="2" id="wide">64632</td><td>x</td><td id="zip2">64445</td></tr></tbody></table>`);
    const cache = new WeakMap();
    expect(columnHeaderOf(textOf('#cpt b'), cache)).toBe('CPT/HCPCS');
    expect(columnHeaderOf(textOf('#zip'), cache)).toBe('ZIP');
    expect(columnHeaderOf(textOf('#wide'), cache)).toBe('Claim');
    expect(columnHeaderOf(textOf('#zip2'), cache)).toBe('ZIP');
    expect(columnHeaderOf(textOf('th'), cache)).toBeUndefined();
  });

  it('takes a first row of <th> cells as the header when there is no <thead>', () => {
    render(
      '<table><tr><th>Member ID</th><th>Code</th></tr><tr><td id="m">64612</td><td id="c">64612</td></tr></table>',
    );
    const cache = new WeakMap();
    expect(columnHeaderOf(textOf('#m'), cache)).toBe('Member ID');
    expect(columnHeaderOf(textOf('#c'), cache)).toBe('Code');
  });

  it('reads ARIA grids', () => {
    render(`<div role="grid"><div role="row"><span role="columnheader">Claim #</span><span role="columnheader">Proc</span></div>
      <div role="row"><span role="gridcell" id="a">64714</span><span role="gridcell" id="b">64712</span></div></div>`);
    const cache = new WeakMap();
    expect(columnHeaderOf(textOf('#a'), cache)).toBe('Claim #');
    expect(columnHeaderOf(textOf('#b'), cache)).toBe('Proc');
  });

  it('has nothing to say outside tables', () => {
    render('<p id="p">CPT 64712</p>');
    expect(columnHeaderOf(textOf('#p'), new WeakMap())).toBeUndefined();
  });
});

describe('column population and row', () => {
  const table = `<table><thead><tr><th>Column 1</th><th>Description</th></tr></thead><tbody>
    <tr><td id="a">64712</td><td>Neuroplasty</td></tr>
    <tr><td id="b"><b>64714</b></td><td>Neuroplasty, sacral</td></tr>
    <tr><td>64445</td><td>Injection, sciatic nerve</td></tr></tbody></table>`;

  it('hands every cell of a column the same cached array of its cell texts', () => {
    render(table);
    const reader = createContextReader(document);
    const a = reader.contextOf(textOf('#a')).column;
    expect(a).toEqual(['64712', '64714', '64445']);
    expect(reader.contextOf(textOf('#b b')).column).toBe(a);
  });

  it('reads the row of a cell', () => {
    render(table);
    const reader = createContextReader(document);
    expect(reader.contextOf(textOf('#a')).row).toEqual(['64712', 'Neuroplasty']);
  });

  it("hands every cell of a table the same cached array of the table's column headers", () => {
    render(table);
    const reader = createContextReader(document);
    const a = reader.contextOf(textOf('#a')).headers;
    expect(a).toEqual(['Column 1', 'Description']);
    expect(reader.contextOf(textOf('#b b')).headers).toBe(a);
    render('<table><tr><td>Claim number</td><td id="v">64714</td></tr></table><p id="p">64712</p>');
    expect(reader.contextOf(textOf('#v')).headers).toBeUndefined();
    expect(reader.contextOf(textOf('#p')).headers).toBeUndefined();
  });

  it('gives no column for a table without a header row (label/value pairs) nor outside tables', () => {
    render('<table><tr><td>Claim number</td><td id="v">64714</td></tr></table><p id="p">64712</p>');
    const reader = createContextReader(document);
    expect(reader.contextOf(textOf('#v')).column).toBeUndefined();
    expect(reader.contextOf(textOf('#v')).row).toEqual(['Claim number', '64714']);
    expect(reader.contextOf(textOf('#p')).column).toBeUndefined();
    expect(reader.contextOf(textOf('#p')).row).toBeUndefined();
  });
});
