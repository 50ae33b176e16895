/**
 * lib/page/annotator with lib/page/watch (issue 16): a childList record on a target below which no
 * match was found, left holding a text that asks nothing of us (a counter cell re-rendered), is
 * dropped without reading its node lists; a record that removes a match is still read, and the
 * match goes. The records' node lists are counted where the DOM hands them over: the page's
 * MutationObserver is wrapped so that every read of a record's `addedNodes` or `removedNodes` counts.
 * happy-dom has no Highlight API, so the highlighter is the no-op one; watcher, scanner and index are real.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Annotator, startAnnotator } from '../../../lib/page/annotator';

const KNOWN = new Set(['64712', '64714']);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let listReads = 0;
const NativeObserver = window.MutationObserver;

/** The DOM's MutationObserver, handing out records whose node lists count their reads. */
class CountingObserver extends NativeObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => callback(records.map(counted), observer));
  }
}

function counted(record: MutationRecord): MutationRecord {
  return new Proxy(record, {
    get(target, key) {
      if (key === 'addedNodes' || key === 'removedNodes') listReads++;
      return Reflect.get(target, key);
    },
  });
}

let controller: AbortController;

beforeEach(() => {
  listReads = 0;
  window.MutationObserver = CountingObserver as typeof MutationObserver;
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  window.MutationObserver = NativeObserver;
});

/** A work queue: codes (in bold) in the second column, counters in the third and fourth. */
async function queuePage(): Promise<Annotator> {
  // Test fixture only (happy-dom).
  document.body.innerHTML = `<table><tbody>${[0, 1, 2]
    .map(
      (i) =>
        `<tr><td>Claim ${i}</td><td class="code"><b>6471${2 + 2 * (i % 2)}</b></td><td class="w">0</td><td class="s">0</td></tr>`,
    )
    .join('')}</tbody></table>`;
  const annotator = startAnnotator(document, KNOWN, controller.signal, 'off');
  await annotator.ready;
  return annotator;
}

/** Waits for the watcher's frame, the batch and the scan it queued. */
async function settle(annotator: Annotator, until: () => boolean = () => false): Promise<void> {
  await sleep(40);
  for (let i = 0; i < 50 && !until(); i++) await sleep(20);
  void annotator;
}

describe('startAnnotator, records on targets that never held a match', () => {
  it('drops counter cells re-rendered every frame without reading a record, and scans nothing', async () => {
    const annotator = await queuePage();
    const scanned = annotator.stats().textNodes;
    listReads = 0;
    const waiting = [...document.querySelectorAll('.w')];
    const seen = [...document.querySelectorAll('.s')];
    for (let n = 1; n <= 5; n++) {
      for (const cell of waiting) (cell.firstChild as Text).data = String(n); // edited in place
      for (const cell of seen) cell.textContent = String(n * 7); // re-rendered as a new text (childList)
      await sleep(20);
    }
    await settle(annotator);
    expect(listReads).toBe(0);
    expect(annotator.stats().textNodes).toBe(scanned);
    expect(Object.fromEntries(annotator.counts())).toEqual({ '64712': 2, '64714': 1 });

    // A counter that comes to read as a code is scanned: its record is read.
    seen[0]!.textContent = 'CPT 64714';
    await settle(annotator, () => annotator.counts().get('64714') === 2);
    expect(listReads).toBeGreaterThan(0);
    expect(Object.fromEntries(annotator.counts())).toEqual({ '64712': 2, '64714': 2 });
  });

  it('still drops a match when its cell is re-rendered as a counter, or its row removed', async () => {
    const annotator = await queuePage();
    const codes = [...document.querySelectorAll('.code')];
    // The cell's new text asks nothing of us, but the cell held a match: the record is read.
    codes[0]!.textContent = '7';
    await settle(annotator, () => annotator.counts().get('64712') === 1);
    expect(Object.fromEntries(annotator.counts())).toEqual({ '64712': 1, '64714': 1 });
    codes[1]!.closest('tr')!.remove();
    await settle(annotator, () => !annotator.counts().has('64714'));
    expect(Object.fromEntries(annotator.counts())).toEqual({ '64712': 1 });
  });

  it('drops a match moved into a counter cell and then re-rendered away', async () => {
    const annotator = await queuePage();
    const code = document.querySelector('.code b')!;
    const counter = document.querySelector('.s')!;
    // The code's element, already known to hold a match, moves into a cell that never held one: once
    // rescanned there, the walk up from it must not stop at it, and the cell holds a match.
    counter.replaceChildren(code);
    await settle(annotator);
    expect(Object.fromEntries(annotator.counts())).toEqual({ '64712': 2, '64714': 1 });
    counter.textContent = '8';
    await settle(annotator, () => annotator.counts().get('64712') === 1);
    expect(Object.fromEntries(annotator.counts())).toEqual({ '64712': 1, '64714': 1 });
  });

  it('drops the matches of a shadow tree whose host a counter cell loses', async () => {
    const annotator = await queuePage();
    const cell = document.querySelector('.s')!;
    const host = document.createElement('code-badge');
    const label = document.createElement('span');
    label.textContent = 'CPT 64714';
    host.attachShadow({ mode: 'open' }).append(label);
    cell.replaceChildren(host);
    await settle(annotator, () => annotator.counts().get('64714') === 2);
    expect(Object.fromEntries(annotator.counts())).toEqual({ '64712': 2, '64714': 2 });
    cell.textContent = '9';
    await settle(annotator, () => annotator.counts().get('64714') === 1);
    expect(Object.fromEntries(annotator.counts())).toEqual({ '64712': 2, '64714': 1 });
  });
});
