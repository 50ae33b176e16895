/**
 * Generated pages for `npm run bench` (scripts/bench.ts): claims tables of any size, a page that
 * mutates every frame, and one that appends rows as they scroll in. Deterministic (seeded), so
 * every run measures the same DOM.
 *
 * Every page carries a page-side witness in <head>: a MutationObserver that counts records from
 * DOMContentLoaded on (the extension runs at document_idle, after it), a long-task observer, and a
 * User Timing mark the bench uses to line up a trace with performance.now().
 */
import { random } from './random';

export const KNOWN = ['64712', '64714', '64632', '64445', '64612'] as const;

const HEADERS = ['Claim #', 'Member ID', 'DOS', 'CPT/HCPCS', 'Mod', 'ZIP', 'Billed', 'Status'];

const WITNESS = `<script>
  performance.mark('bench:origin');
  window.__mutations = 0;
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => { window.__mutations += records.length; })
      .observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
</script>`;

const STYLE = `<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 16px; }
  table { border-collapse: collapse; } th, td { border-bottom: 1px solid #dde; padding: 2px 8px; text-align: left; }
</style>`;

export interface ClaimRow {
  cells: string[];
}

/**
 * One claims row: five-digit numbers in four columns. The CPT column holds a known code 90% of the
 * time; the claim, member and ZIP columns reuse known codes' digits often, as real portals do.
 */
export function claimRows({ rows, seed = 7 }: { rows: number; seed?: number }): string[][] {
  const next = random(seed);
  const five = () => String(10000 + Math.floor(next() * 90000));
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const out: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const billed = 100 + Math.floor(next() * 4900);
    out.push([
      next() < 0.2 ? pick(KNOWN) : five(),
      next() < 0.1 ? pick(KNOWN) : five(),
      `${String(1 + Math.floor(next() * 12)).padStart(2, '0')}/${String(1 + Math.floor(next() * 28)).padStart(2, '0')}/2026`,
      next() < 0.9 ? pick(KNOWN) : five(),
      pick(['', 'RT', 'LT', '50', '26']),
      next() < 0.15 ? pick(KNOWN) : `641${String(Math.floor(next() * 100)).padStart(2, '0')}`,
      `$${billed.toLocaleString('en-US')}.00`,
      pick(['Paid', 'Denied', 'Pending']),
    ]);
  }
  return out;
}

function rowHtml(cells: readonly string[]): string {
  // No whitespace between cells: exactly eight text nodes a row (an empty Mod cell gets a space).
  return `<tr>${cells.map((c) => `<td>${c || '&nbsp;'}</td>`).join('')}</tr>`;
}

function tableHtml(rows: readonly string[][]): string {
  return `<table id="claims"><thead><tr>${HEADERS.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map(rowHtml)
    .join('')}</tbody></table>`;
}

function page({ title, body, script = '' }: { title: string; body: string; script?: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${WITNESS}${STYLE}</head><body>${body}${
    script ? `<script>${script}</script>` : ''
  }</body></html>`;
}

export function claimsPage(rows: number): string {
  return page({ title: `Claims (${rows} rows)`, body: `<h1>Claims</h1>${tableHtml(claimRows({ rows }))}` });
}

/**
 * The 5,000-row table plus page work on every frame once `window.__start()` is called, as a live
 * portal does: a ticker edited in place, a status cell of the table edited in place, and a feed of
 * claim lines (with codes) where one item is removed at the bottom and one inserted at the top.
 * The table uses fixed layout (as data grids do), so the page's own frame stays cheap and what we
 * add is visible. `window.__frames` counts the frames.
 */
export function mutatingPage(rows: number): string {
  const script = `
    const feedData = ${JSON.stringify(claimRows({ rows: 64, seed: 11 }))};
    const tbody = document.querySelector('#claims tbody');
    const ticker = document.getElementById('ticker');
    const feed = document.getElementById('feed');
    window.__frames = 0;
    function makeItem(n) {
      const li = document.createElement('li');
      const cells = feedData[n % feedData.length];
      li.textContent = 'Claim ' + cells[0] + ': CPT ' + cells[3] + ' ' + cells[4] + ', billed ' + cells[6];
      return li;
    }
    for (let i = 0; i < 12; i++) feed.append(makeItem(i));
    let running = false;
    function tick() {
      if (!running) return;
      const n = ++window.__frames;
      ticker.firstChild.data = 'Feed updated, frame ' + n;
      tbody.rows[n % 20].cells[7].firstChild.data = n % 2 ? 'Paid' : 'Pending';
      feed.lastElementChild.remove();
      feed.prepend(makeItem(n));
      requestAnimationFrame(tick);
    }
    window.__start = () => { running = true; window.__frames = 0; requestAnimationFrame(tick); };
    window.__stop = () => { running = false; };`;
  return page({
    title: 'Live claims feed',
    body: `<h1>Live claims feed</h1><p id="ticker">Feed idle</p><ul id="feed"></ul><div style="table-layout:fixed">${tableHtml(
      claimRows({ rows }),
    ).replace('<table id="claims">', '<table id="claims" style="table-layout:fixed;width:1100px">')}</div>`,
    script,
  });
}

/**
 * Infinite scroll: 100 rows, and 100 more each time the sentinel below the table scrolls into
 * view. For every batch it counts the frames until a highlight range sits in the new rows.
 */
export function infinitePage(): string {
  const script = `
    const batches = ${JSON.stringify(claimRows({ rows: 3000, seed: 13 }))};
    const tbody = document.querySelector('#claims tbody');
    const sentinel = document.getElementById('sentinel');
    window.__rows = 0;
    window.__framesToMark = [];
    const NAMES = ['cpt-lens-underline', 'cpt-lens-background'];
    function append() {
      const from = window.__rows;
      const to = Math.min(from + 100, batches.length);
      const added = [];
      for (let i = from; i < to; i++) {
        const tr = document.createElement('tr');
        for (const text of batches[i]) {
          const td = document.createElement('td');
          td.textContent = text || '\\u00a0';
          tr.append(td);
        }
        tbody.append(tr);
        added.push(tr);
      }
      window.__rows = to;
      const batch = new Set(added);
      let frames = 0;
      const check = () => {
        frames++;
        for (const name of NAMES) {
          for (const range of CSS.highlights.get(name) || []) {
            if (batch.has(range.startContainer.parentElement && range.startContainer.parentElement.parentElement)) {
              window.__framesToMark.push(frames);
              return;
            }
          }
        }
        if (frames < 120) requestAnimationFrame(check);
        else window.__framesToMark.push(-1);
      };
      requestAnimationFrame(check);
    }
    new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && window.__rows < batches.length) append();
    }).observe(sentinel);
    window.__frames = 0;
    const count = () => { window.__frames++; requestAnimationFrame(count); };
    requestAnimationFrame(count);`;
  return page({
    title: 'Claims (infinite scroll)',
    body: `<h1>Claims</h1>${tableHtml([])}<div id="sentinel" style="height:1px"></div>`,
    script,
  });
}

/** Start/stop/frame-count harness shared by the live pages: `step(n)` runs once per frame. */
function livePage({ title, body, step }: { title: string; body: string; step: string }): string {
  const script = `
    window.__frames = 0;
    let running = false;
    const step = ${step};
    function tick() {
      if (!running) return;
      step(++window.__frames);
      requestAnimationFrame(tick);
    }
    window.__start = () => { running = true; window.__frames = 0; requestAnimationFrame(tick); };
    window.__stop = () => { running = false; };`;
  return page({ title, body, script });
}

/** The 5,000-row table plus one element whose class toggles every frame (no text changes at all). */
export function togglePage(rows: number): string {
  return livePage({
    title: 'Claims (class toggling)',
    body: `<style>.on { outline: 2px solid #4a4; }</style><h1>Claims <span id="badge">live</span></h1>${tableHtml(
      claimRows({ rows }),
    )}`,
    step: `(() => { const badge = document.getElementById('badge'); return (n) => badge.classList.toggle('on', n % 2 === 0); })()`,
  });
}

/**
 * The 5,000-row table under a 20-row work queue with codes whose counters change every frame, as a
 * framework renders them: the "waiting" counter edited in place (characterData), the "seen" one
 * replaced as a new text node (childList). No code ever changes.
 */
export function queuePage(rows: number): string {
  const queue = claimRows({ rows: 20, seed: 17 })
    .map(
      (cells, i) =>
        `<tr><td>${cells[0]}</td><td>${KNOWN[i % KNOWN.length]}</td><td class="w">0</td><td class="s">0</td></tr>`,
    )
    .join('');
  return livePage({
    title: 'Work queue',
    body: `<h1>Work queue</h1><table id="queue"><thead><tr><th>Claim #</th><th>CPT</th><th>Waiting (s)</th><th>Seen</th></tr></thead><tbody>${queue}</tbody></table>${tableHtml(
      claimRows({ rows }),
    )}`,
    step: `(() => {
      const waiting = [...document.querySelectorAll('#queue td.w')];
      const seen = [...document.querySelectorAll('#queue td.s')];
      return (n) => {
        for (let i = 0; i < waiting.length; i++) waiting[i].firstChild.data = String(n + i);
        for (let i = 0; i < seen.length; i++) seen[i].textContent = String((n * 7 + i) % 1000);
      };
    })()`,
  });
}
