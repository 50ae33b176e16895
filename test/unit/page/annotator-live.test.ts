/**
 * lib/page/annotator on a live page (issue 16): a frame in which only counters change costs no scan.
 * happy-dom has no Highlight API, so the highlighter is the no-op one; the watcher and scanner are real.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startAnnotator } from '../../../lib/page/annotator';

const KNOWN = new Set(['64712', '64714']);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const controller = new AbortController();

afterEach(() => controller.abort());

describe('startAnnotator on a live work queue', () => {
  it('scans no text for counters ticking, and rescans a text that gains a code', async () => {
    // Test fixture only (happy-dom).
    document.body.innerHTML =
      '<table><tr><td>64712</td><td class="w">0</td><td class="s">0</td></tr></table><p id="note">Claim 1</p>';
    const annotator = startAnnotator(document, KNOWN, controller.signal, 'off');
    await annotator.ready;
    const scanned = annotator.stats().textNodes;
    const waiting = document.querySelector('.w')!.firstChild as Text;
    const seen = document.querySelector('.s')!;
    for (let n = 1; n <= 5; n++) {
      waiting.data = String(n); // edited in place
      seen.textContent = String(n * 7); // re-rendered as a new text
      await sleep(40); // a frame for the watcher's flush, and the scanner's yields
    }
    expect(annotator.stats().textNodes).toBe(scanned);
    // A text that now reads as a code is scanned, and indexed.
    (document.getElementById('note')!.firstChild as Text).data = 'CPT 64714';
    for (let i = 0; i < 50 && !annotator.counts().has('64714'); i++) await sleep(20);
    expect(annotator.stats().textNodes).toBe(scanned + 1);
    expect(Object.fromEntries(annotator.counts())).toEqual({ '64712': 1, '64714': 1 });
  });
});
