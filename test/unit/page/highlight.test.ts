/**
 * lib/page/highlight: the registry is written only when the set of ranges to show changes, and a
 * page that keeps changing moves the marks out of the registry (and back once quiet) with one write
 * each way. happy-dom has no Highlight API and no layout: the registry below is a Map that records
 * every write call (the browser's side, not the code under test), and element rects are placed in
 * the viewport. Real drawing is covered in e2e (test/e2e/live-marks.spec.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAMES } from '../../../lib/page/highlight';
import type { PageMatch } from '../../../lib/page/match-index';

const writes: string[] = [];

class RecordingHighlight extends Set<unknown> {
  override add(value: unknown) {
    writes.push('Highlight.add');
    return super.add(value);
  }
  override delete(value: unknown) {
    writes.push('Highlight.delete');
    return super.delete(value);
  }
  override clear() {
    writes.push('Highlight.clear');
    super.clear();
  }
}

class RecordingRegistry extends Map<string, unknown> {
  override set(name: string, value: unknown) {
    writes.push('registry.set');
    return super.set(name, value);
  }
  override delete(name: string) {
    writes.push('registry.delete');
    return super.delete(name);
  }
  override clear() {
    writes.push('registry.clear');
    super.clear();
  }
}

class PlainStaticRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}

/**
 * Frames are driven by the test: happy-dom runs rAF callbacks at the next setImmediate, not once a
 * frame, and a per-frame streak needs real frames.
 */
let rafQueue = new Map<number, FrameRequestCallback>();
let rafId = 0;
/**
 * Time is the test's too: timers and performance.now() are faked, so a loaded machine cannot stretch a
 * "quiet" spell or let a throttle window pass between two frames (real sleeps were flaky under load).
 */
const sleep = (ms: number) => vi.advanceTimersByTimeAsync(ms);
/**
 * An IntersectionObserver as the highlighter uses it: a target observed reports once, in a task after
 * the next frame (driven by `frame()` like rAF); disconnect cancels the report.
 */
class FrameReportObserver {
  private id = 0;
  constructor(private readonly callback: () => void) {}
  observe(): void {
    if (this.id) return;
    this.id = ++rafId;
    rafQueue.set(this.id, () => queueMicrotask(() => this.callback()));
  }
  disconnect(): void {
    rafQueue.delete(this.id);
    this.id = 0;
  }
}

/** One frame: the rAF callbacks queued before it, then the tasks they yielded to. */
async function frame(): Promise<void> {
  const due = rafQueue;
  rafQueue = new Map();
  for (const cb of due.values()) cb(performance.now());
  await sleep(5);
}
/** A few frames over 200 ms, enough for a throttled re-measure (timer, rAF, then a yielded task). */
async function frames(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await frame();
    await sleep(35);
  }
}
/** A page changing on every frame for a while (whatever the frame rate), then the frames boxes take to come. */
async function liveFrames(highlighter: { activity(): void }): Promise<void> {
  for (let i = 0; i < 12; i++) {
    highlighter.activity();
    await frame();
  }
  await frames();
}

/** A highlighter (this build's, or the shipped build's `create`) showing one code after its first frames. */
async function showingOneCode(create: typeof createHighlighter) {
  const highlighter = create(document, controller.signal, 'underline');
  const a = codeText('64712');
  highlighter.update(a.text, a.matches);
  await frames();
  const marks = registry.get(HIGHLIGHT_NAMES.underline) as Set<unknown>;
  expect(marks.size).toBe(1);
  return { highlighter, marks };
}

function codeText(code: string): { text: Text; matches: PageMatch[] } {
  const p = document.createElement('p');
  p.textContent = `CPT ${code}`;
  document.body.append(p);
  const text = p.firstChild as Text;
  return { text, matches: [{ start: 4, end: 9, code, modifiers: [], node: text }] };
}

let registry: RecordingRegistry;
const glyphTexts: Node[] = [];
let controller: AbortController;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  writes.length = 0;
  registry = new RecordingRegistry();
  // happy-dom hands out a new CSS object on every read: replace it with one that has a registry.
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.assign(window, { Highlight: RecordingHighlight });
  Object.assign(globalThis, { StaticRange: PlainStaticRange });
  // In the viewport, rendered.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    top: 100,
    bottom: 120,
    left: 10,
    right: 60,
    width: 50,
    height: 20,
    x: 10,
    y: 100,
    toJSON: () => ({}),
  });
  // A code's glyphs sit where its element is (`data-y`, or in the viewport). The text is recorded at
  // the read: the highlighter reuses one Range.
  glyphTexts.length = 0;
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    glyphTexts.push(this.startContainer);
    const top = Number(this.startContainer.parentElement?.dataset.y ?? 100);
    return [{ top, bottom: top + 16, left: 40, right: 80, width: 40, height: 16 }] as unknown as DOMRectList;
  });
  rafQueue = new Map();
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
    rafQueue.set(++rafId, cb);
    return rafId;
  });
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => rafQueue.delete(id));
  Object.assign(window, { IntersectionObserver: FrameReportObserver });
  document.body.replaceChildren();
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createHighlighter in the shipped build, which counts nothing (lib/page/counting.ts)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('still moves the marks into boxes while the page keeps changing, and back once quiet', async () => {
    vi.stubEnv('PROD', true);
    vi.resetModules();
    const shipped = await import('../../../lib/page/highlight');
    expect((await import('../../../lib/page/counting')).COUNTING).toBe(false);
    const { highlighter, marks } = await showingOneCode(shipped.createHighlighter);

    // The shipped build has no stats() to ask for the mode: the boxes drawn in our host tell it.
    const boxes = () =>
      [...(document.querySelector('cpt-lens-marks')?.shadowRoot?.querySelectorAll('i') ?? [])].filter(
        (box) => !(box as HTMLElement).hidden,
      ).length;
    writes.length = 0;
    await liveFrames(highlighter);
    expect(boxes()).toBe(1);
    expect(marks.size).toBe(0);
    expect(writes).toEqual(['Highlight.clear']);

    writes.length = 0;
    await sleep(900);
    await frames();
    expect(boxes()).toBe(0);
    expect(marks.size).toBe(1);
    expect(writes).toEqual(['Highlight.add']);
    // The writes happened; the shipped build just did not count them (it does not even keep stats() or registered()).
    expect('stats' in highlighter || 'registered' in highlighter).toBe(false);
  });
});

describe("createHighlighter: Gecko's sheet in shadow roots", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('the Firefox build adopts it in Gecko and takes it out of each root when it stops', () => {
    vi.stubEnv('FIREFOX', 'true');
    Object.assign(window.CSS, { supports: (property: string) => property === '-moz-appearance' });
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const pages = new CSSStyleSheet();
    root.adoptedStyleSheets = [pages];
    const highlighter = createHighlighter(document, controller.signal, 'underline');
    highlighter.adopt?.(root);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    controller.abort();
    expect(root.adoptedStyleSheets).toEqual([pages]);
  });

  it("the Chromium build adopts nothing, even where Gecko's test would pass", () => {
    expect(import.meta.env.FIREFOX).toBeFalsy();
    Object.assign(window.CSS, { supports: (property: string) => property === '-moz-appearance' });
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const highlighter = createHighlighter(document, controller.signal, 'underline');
    // Not even the method: the Chromium build's highlighter has no `adopt` to call.
    expect('adopt' in highlighter).toBe(false);
    highlighter.adopt?.(root);
    expect(root.adoptedStyleSheets).toEqual([]);
  });
});

describe('createHighlighter', () => {
  it('writes nothing to the registry in frames where the set to show did not change', async () => {
    const highlighter = createHighlighter(document, controller.signal, 'underline');
    const a = codeText('64712');
    const b = codeText('64714');
    highlighter.update(a.text, a.matches);
    highlighter.update(b.text, b.matches);
    await frames();
    const marks = registry.get(HIGHLIGHT_NAMES.underline) as Set<unknown>;
    expect(marks.size).toBe(2);
    expect(writes).toContain('Highlight.add');
    // The rebuild waited for the frame with an IntersectionObserver report, not a rAF callback: no
    // code of ours ran inside the frame (on a big page that frame can be Chrome's 50–110 ms text capture).
    expect(window.requestAnimationFrame).not.toHaveBeenCalled();

    // Frames in which elements moved and the page changed, but nothing to show changed.
    writes.length = 0;
    for (let i = 0; i < 4; i++) {
      highlighter.invalidate();
      highlighter.activity();
      await frames();
    }
    highlighter.setStyle('underline');
    await frames();
    expect(writes).toEqual([]);
    expect(highlighter.stats().registryWrites).toBeGreaterThan(0);
    expect(marks.size).toBe(2);

    // A real change writes only what differs: one range gone, one delete.
    highlighter.update(b.text, undefined);
    await frames();
    expect(writes).toEqual(['Highlight.delete']);
    expect(marks.size).toBe(1);
  });

  it('moves the marks out of the registry while the page keeps changing, and back once quiet', async () => {
    const { highlighter, marks } = await showingOneCode(createHighlighter);

    writes.length = 0;
    // Several reports within one frame (the page's rAF callback, then its microtasks) are one frame:
    // seven frames of three reports each are not yet a streak of eight.
    for (let i = 0; i < 7; i++) {
      for (let j = 0; j < 3; j++) highlighter.activity();
      await frame();
    }
    await frames();
    expect(highlighter.stats().mode).toBe('highlight');
    expect(writes).toEqual([]);

    await liveFrames(highlighter);
    expect(highlighter.stats().mode).toBe('boxes');
    expect(marks.size).toBe(0);
    expect(writes).toEqual(['Highlight.clear']);

    // Still changing: boxes are re-measured, the registry is left alone, and no per-frame probe
    // runs (at most the one frame a throttled re-measure waits for).
    writes.length = 0;
    const rafsBefore = vi.mocked(window.requestAnimationFrame).mock.calls.length;
    for (let i = 0; i < 10; i++) {
      highlighter.activity();
      await frame();
    }
    expect(writes).toEqual([]);
    expect(vi.mocked(window.requestAnimationFrame).mock.calls.length - rafsBefore).toBeLessThanOrEqual(1);

    // Quiet: back into the Highlight API with one add for the one range.
    await sleep(900);
    await frames();
    expect(highlighter.stats().mode).toBe('highlight');
    expect(marks.size).toBe(1);
    expect(writes).toEqual(['Highlight.add']);
  });

  it('re-measures only the boxed ranges while the page just keeps changing, and searches again when matches change', async () => {
    const highlighter = createHighlighter(document, controller.signal, 'underline');
    const a = codeText('64712');
    highlighter.update(a.text, a.matches);
    await frames();
    await liveFrames(highlighter);
    expect(highlighter.stats().mode).toBe('boxes');

    // The near search reads each match's element; the boxes read only their own host's origin.
    const rects = vi.mocked(HTMLElement.prototype.getBoundingClientRect);
    const pageReads = () => rects.mock.contexts.filter((el) => (el as Element).localName !== 'cpt-lens-marks').length;
    rects.mockClear();
    const rebuildsBefore = highlighter.stats().rebuilds;
    for (let i = 0; i < 10; i++) {
      highlighter.activity();
      await frame();
      await sleep(60);
    }
    expect(highlighter.stats().rebuilds).toBeGreaterThan(rebuildsBefore);
    expect(pageReads()).toBe(0);

    // A new match: the near search runs again, among the boxed texts and the new one, and reads the
    // new one's glyphs.
    glyphTexts.length = 0;
    const b = codeText('64714');
    highlighter.update(b.text, b.matches);
    highlighter.activity();
    await frames();
    await frames();
    expect(highlighter.stats().mode).toBe('boxes');
    expect(glyphTexts).toContain(b.text);
  });
});

describe('createHighlighter, boxes on a live feed', () => {
  /** 10 codes in the viewport, then 190 far below it; `y` is where each element's box sits. */
  function feedPage(): { text: Text; matches: PageMatch[] }[] {
    return Array.from({ length: 200 }, (_, i) => placedCode(i < 10 ? 100 + 30 * i : 3000 + 30 * i));
  }
  function placedCode(y: number): { text: Text; matches: PageMatch[] } {
    const code = codeText('64712');
    code.text.parentElement!.dataset.y = String(y);
    // A feed inserts at the top: before every other code in document order.
    if (y < 100) document.body.prepend(code.text.parentElement!);
    return code;
  }

  it('keeps the boxes shown when more new codes than MAX_RANGES come in out of view', async () => {
    vi.mocked(Range.prototype.getClientRects).mockImplementation(function (this: Range) {
      const top = Number(this.startContainer.parentElement?.dataset.y ?? 100);
      return [{ top, bottom: top + 16, left: 40, right: 80, width: 40, height: 16 }] as unknown as DOMRectList;
    });
    // The clock stands still: no full search is due, so the rebuild searches among the boxed and new texts.
    vi.spyOn(performance, 'now').mockImplementation(() => 10_000);
    vi.mocked(HTMLElement.prototype.getBoundingClientRect).mockImplementation(function (this: HTMLElement) {
      const top = Number(this.dataset.y ?? 0);
      return { top, bottom: top + 20, left: 10, right: 60, width: 50, height: 20, x: 10, y: top, toJSON: () => ({}) };
    });
    const highlighter = createHighlighter(document, controller.signal, 'underline');
    for (const { text, matches } of feedPage()) highlighter.update(text, matches);
    await frames();
    await liveFrames(highlighter);
    expect(highlighter.stats().mode).toBe('boxes');
    const shown = () =>
      [...(document.querySelector('cpt-lens-marks')?.shadowRoot?.querySelectorAll('i') ?? [])].filter(
        (box) => !(box as HTMLElement).hidden,
      ).length;
    expect(shown()).toBe(10);

    // 40 lines come in out of view, two codes each: 80 ranges, more than MAX_RANGES (60). Not after the last code
    // (an append below the viewport is left to the full search), so they are new texts of this rebuild.
    for (let i = 0; i < 40; i++) {
      const line = codeText('64712');
      const text = line.text;
      text.parentElement!.dataset.y = String(9000 + 30 * i);
      document.body.prepend(text.parentElement!);
      const second = { ...line.matches[0]!, start: 0, end: 3 };
      highlighter.update(text, [second, ...line.matches]);
    }
    highlighter.invalidate();
    highlighter.activity();
    const before = highlighter.stats().rebuilds;
    for (let i = 0; i < 20 && highlighter.stats().rebuilds === before; i++) await frames();
    expect(highlighter.stats().rebuilds).toBe(before + 1);
    expect(highlighter.stats().mode).toBe('boxes');
    // The 10 codes in view keep their boxes.
    expect(shown()).toBe(10);
  });

  it('measures only the boxed texts and the new ones when only matches came or went, and all of them each second', async () => {
    // Ranges report where their text is: read through the scratch range, so record the text at each read.
    const glyphReads: number[] = [];
    vi.mocked(Range.prototype.getClientRects).mockImplementation(function (this: Range) {
      const top = Number(this.startContainer.parentElement?.dataset.y ?? 100);
      glyphReads.push(top);
      return [{ top, bottom: top + 16, left: 40, right: 80, width: 40, height: 16 }] as unknown as DOMRectList;
    });
    const order = vi.spyOn(Node.prototype, 'compareDocumentPosition');
    // The clock stands still (the full search is due by time alone), and boxes stay until it moves.
    let clock = 10_000;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    vi.mocked(HTMLElement.prototype.getBoundingClientRect).mockImplementation(function (this: HTMLElement) {
      const top = Number(this.dataset.y ?? 0);
      return { top, bottom: top + 20, left: 10, right: 60, width: 50, height: 20, x: 10, y: top, toJSON: () => ({}) };
    });
    const highlighter = createHighlighter(document, controller.signal, 'underline');
    const codes = feedPage();
    for (const { text, matches } of codes) highlighter.update(text, matches);
    await frames();
    await liveFrames(highlighter);
    expect(highlighter.stats().mode).toBe('boxes');

    const rects = vi.mocked(HTMLElement.prototype.getBoundingClientRect);
    const pageReads = () => rects.mock.contexts.filter((el) => (el as Element).localName !== 'cpt-lens-marks');
    // A feed frame: an item with a code comes in at the top, one goes at the bottom of the boxed ones.
    async function feedFrame(): Promise<HTMLElement[]> {
      rects.mockClear();
      order.mockClear();
      glyphReads.length = 0;
      const added = placedCode(90);
      const gone = codes.shift()!;
      gone.text.parentElement!.remove();
      highlighter.update(gone.text, undefined);
      highlighter.update(added.text, added.matches);
      // The new line is not the last code: one comparison says so, and its place is found only when
      // the full search needs the order (a feed line mostly goes before that), not by a binary search now.
      expect(order).toHaveBeenCalledTimes(1);
      order.mockClear();
      highlighter.invalidate();
      highlighter.activity();
      codes.unshift(added);
      // The re-measure is throttled (a real timer, then a frame): wait for it, however slow the machine.
      const before = highlighter.stats().rebuilds;
      for (let i = 0; i < 20 && highlighter.stats().rebuilds === before; i++) await frames();
      expect(highlighter.stats().rebuilds).toBe(before + 1);
      return pageReads() as HTMLElement[];
    }

    const read = await feedFrame();
    // The 9 boxed texts still there and the new one: each code's glyphs once, which are also what the
    // boxes draw; no element rect (the host's origin aside) and none of the 190 far below.
    expect(read).toEqual([]);
    expect(glyphReads.sort((a, b) => a - b)).toEqual([90, 130, 160, 190, 220, 250, 280, 310, 340, 370]);
    expect(order).not.toHaveBeenCalled();
    expect(highlighter.stats().mode).toBe('boxes');
    // Those reads are what the boxes show: one box per code in view, the new line's included (x 30:
    // the host's own rect is mocked at x 10).
    const shown = [...(document.querySelector('cpt-lens-marks')?.shadowRoot?.querySelectorAll('i') ?? [])].filter(
      (box) => !(box as HTMLElement).hidden,
    );
    expect(shown.map((box) => (box as HTMLElement).style.transform).sort()).toContain('translate(30px,90px)');
    expect(shown).toHaveLength(10);

    // A second later the full search runs again: it samples the whole page, far codes included.
    clock += 1001;
    const all = await feedFrame();
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((el) => Number(el.dataset.y) >= 3000).length).toBeGreaterThan(30);
    // The lines that came in at the top were placed in document order for it: the newest is boxed.
    expect(glyphReads).toContain(90);
    expect(all.filter((el) => Number(el.dataset.y) === 90)).toHaveLength(1);
  });
});
