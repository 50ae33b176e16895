/**
 * Pointer → code under it → popover. One passive pointermove listener, coalesced to one hit test
 * per animation frame; a hover-intent delay before showing; an optional key that must be held;
 * a grace period so the pointer can travel onto the popover; Esc closes; a click on a code (or
 * the pin shortcut) pins the popover, which then takes focus and can be tabbed through.
 * Keyboard travel (lib/page/travel.ts) opens a card with `showAt`: the page keeps its focus and
 * every key; only Enter (outside a form field) pins that card and moves focus into it, and the
 * pointer takes over again once it really moves.
 * Every listener, timer and frame callback ends with `signal`.
 */
import type { CodeEntry } from '../../data/schema';
import { fetchEntry } from './entry-client';
import { type Anchor, createPopover, type Popover } from './popover';

/** How long the popover waits for the pointer to come back (or to reach it) before closing. */
export const GRACE_MS = 300;
export const DEFAULT_HOVER_DELAY_MS = 150;
/**
 * Pins the popover of the code under the pointer: Alt+Shift and `code` (not `key`: Alt changes the key on macOS).
 * The keydown listener tests Alt and Shift itself.
 */
export const PIN_SHORTCUT = { code: 'KeyP', label: 'Alt+Shift+P' } as const;

export type HoldKey = 'none' | 'Alt' | 'Control' | 'Shift' | 'Meta';

export interface HoverOptions {
  hoverDelayMs: number;
  holdKey: HoldKey;
}

export const DEFAULT_HOVER_OPTIONS: Readonly<HoverOptions> = Object.freeze({
  hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
  holdKey: 'none',
});

/** A code on the page: PAGE's `PageMatch` (start/end are offsets of the five digits in `node`). */
export interface HoverMatch {
  start: number;
  end: number;
  code: string;
  modifiers: readonly string[];
  node: Text;
}

export interface HitTester {
  hitTest(x: number, y: number): HoverMatch | undefined;
}

export interface EntryData {
  entry: CodeEntry;
  meanings: Readonly<Record<string, string>>;
  /** The same code from other sources, shown after `entry` (lib/publications/merge.ts). */
  others?: readonly CodeEntry[];
}

export interface Hover {
  /** Closes the popover (e.g. when the site is switched off). */
  close(): void;
  /**
   * Opens `match`'s card without taking focus (keyboard travel, a selection); a pinned card is
   * closed first, focus going back where it was. Resolves to the entry (for the announcement).
   */
  showAt(match: HoverMatch): Promise<EntryData | undefined>;
  readonly popover: Popover;
}

interface Sample {
  x: number;
  y: number;
  target: EventTarget | null;
}

/** The keys that can be the hold key: pressing or releasing one changes what the sample holds. */
const HOLD_KEYS = ['Alt', 'Control', 'Shift', 'Meta'];

/** Same code occurrence (node and offset); travel.ts shares it. */
export const sameMatch = (a: HoverMatch | undefined, b: HoverMatch | undefined) =>
  !!a && !!b && a.node === b.node && a.start === b.start;

/**
 * The popover's anchor, built from the code's range; its rect is read fresh on every call. Positional parameters: an
 * options object costs its key names twice in the minified content script.
 */
export function anchorFor(doc: Document, match: HoverMatch): Anchor {
  const range = doc.createRange();
  let last: DOMRect | undefined;
  const select = () => {
    const { node } = match;
    if (!node.isConnected) return false;
    range.setStart(node, Math.min(match.start, node.length));
    range.setEnd(node, Math.min(match.end, node.length));
    return true;
  };
  return {
    getBoundingClientRect() {
      // A node the page has since removed keeps the popover where it was rather than at 0,0.
      if (select()) last = range.getBoundingClientRect();
      return last ?? new DOMRect();
    },
  };
}

/**
 * `getOptions` is read on every decision, so settings apply live; `onClose`: the card closed (Esc, a click elsewhere,
 * the pointer leaving it). Entries come from the background (`fetchEntry`), the one lookup both pages that hover use.
 * Positional: an options object costs its key names in the minified content script.
 */
export function startHover(
  annotator: HitTester,
  doc: Document,
  signal: AbortSignal,
  getOptions: () => HoverOptions,
  onClose?: () => void,
): Hover {
  const view = doc.defaultView!;
  const cache = new Map<string, Promise<EntryData | undefined>>();
  let sample: Sample | undefined;
  /**
   * The event of the latest sample, or a hold key's press or release since: its modifier state (`getModifierState('Alt')`
   * is `altKey`…) says what is held. Beside the sample, not in it: a copy of the sample per key would cost its key names
   * in the minified content script.
   */
  let mods: Pick<MouseEvent, 'getModifierState'> | undefined;
  let frame = 0;
  let intentTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The match the popover shows. */
  let current: HoverMatch | undefined;
  /** The match waiting out the hover-intent delay. */
  let candidate: HoverMatch | undefined;
  let returnFocus: Element | null = null;
  let openSeq = 0;
  let pinning = false;
  /** The card was opened from the keyboard; `still` is where the pointer rested then. */
  let kbd = false;
  let still: Sample | undefined;

  const popover: Popover = createPopover(doc, signal, () => afterClose(true));

  function clearIntent() {
    clearTimeout(intentTimer);
    intentTimer = undefined;
    candidate = undefined;
  }
  function clearGrace() {
    clearTimeout(graceTimer);
    graceTimer = undefined;
  }

  function entryOf(code: string) {
    let pending = cache.get(code);
    if (!pending) {
      pending = fetchEntry(code).catch(() => undefined);
      cache.set(code, pending);
      // A failed lookup (e.g. the background restarting) may succeed next time.
      void pending.then((data) => data || cache.delete(code));
    }
    return pending;
  }

  function afterClose(restoreFocus: boolean): void {
    current = undefined;
    clearIntent();
    clearGrace();
    openSeq++;
    const back = returnFocus;
    returnFocus = null;
    kbd = false;
    if (restoreFocus && back instanceof view.HTMLElement && back.isConnected) back.focus();
    onClose?.();
  }

  function close(restoreFocus = false) {
    const wasPinned = popover.pinned;
    popover.hide();
    afterClose(restoreFocus && wasPinned);
  }

  async function open(match: HoverMatch, pin: boolean) {
    // Hover never replaces a pinned popover, nor one being pinned while its entry loads.
    if (!pin && (popover.pinned || pinning)) return;
    const seq = ++openSeq;
    pinning ||= pin;
    const data = await entryOf(match.code).finally(() => {
      if (pin) pinning = false;
    });
    if (signal.aborted || seq !== openSeq || !data) return;
    if (pin && !popover.pinned) {
      const active = doc.activeElement;
      returnFocus = popover.owns(active) ? null : active;
    }
    current = match;
    popover.show(anchorFor(doc, match), { ...data, used: match.modifiers }, pin, kbd ? 'Enter' : PIN_SHORTCUT.label);
    if (pin) popover.focus();
  }

  function holdSatisfied({ holdKey }: HoverOptions) {
    return holdKey === 'none' || mods!.getModifierState(holdKey);
  }

  /** One decision per frame, from the latest pointer sample. */
  function decide() {
    frame = 0;
    const s = sample;
    if (!s || signal.aborted) return;
    if (popover.owns(s.target)) {
      // Over the popover: it stays, and a code waiting underneath no longer counts.
      clearGrace();
      clearIntent();
      return;
    }
    if (kbd) {
      // A keyboard-opened card ignores the pointer until it really moves (Chromium sends a
      // synthetic move after a scroll).
      if (!still || Math.abs(s.x - still.x) + Math.abs(s.y - still.y) < 8) {
        still ??= s;
        return;
      }
      kbd = false;
    }
    if (popover.pinned || pinning) return;
    const options = getOptions();
    const hit = s.x >= 0 && holdSatisfied(options) ? annotator.hitTest(s.x, s.y) : undefined;
    if (hit) {
      clearGrace();
      if (sameMatch(hit, current)) {
        clearIntent();
        return;
      }
      if (sameMatch(hit, candidate)) return;
      clearIntent();
      candidate = hit;
      intentTimer = setTimeout(
        () => {
          intentTimer = undefined;
          candidate = undefined;
          void open(hit, false);
        },
        Math.max(0, options.hoverDelayMs),
      );
      return;
    }
    clearIntent();
    openSeq++; // a lookup still in flight must not open a popover the pointer has left
    if (popover.open && graceTimer === undefined) {
      graceTimer = setTimeout(() => {
        graceTimer = undefined;
        if (!popover.pinned) close();
      }, GRACE_MS);
    }
  }

  function schedule() {
    if (!frame) frame = view.requestAnimationFrame(decide);
  }

  const listen = { capture: true, passive: true, signal } as const;

  doc.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      sample = { x: e.clientX, y: e.clientY, target: e.target };
      mods = e;
      schedule();
    },
    listen,
  );

  // The pointer left the window: as good as leaving the code.
  doc.addEventListener(
    'pointerout',
    (e) => {
      if (e.relatedTarget !== null || e.pointerType === 'touch') return;
      sample = { x: -1, y: -1, target: null };
      mods = e;
      schedule();
    },
    listen,
  );

  doc.addEventListener(
    'click',
    (e) => {
      // A click from the keyboard (Enter or Space on a page button: detail 0) is not a pointer
      // leaving our card, and has no point to test.
      if (popover.owns(e.target) || !e.detail) return;
      const hit = annotator.hitTest(e.clientX, e.clientY);
      if (hit) {
        clearIntent();
        clearGrace();
        void open(hit, true);
      } else if (popover.open) {
        close();
      }
    },
    listen,
  );

  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        if (popover.open || candidate) close(true);
        return;
      }
      // Enter pins a keyboard-opened card and moves focus into it; the page still gets the key.
      // Not in a form field, where Enter is the page's (a newline, a submit).
      const t = e.target as HTMLElement;
      if (
        e.key === 'Enter' &&
        kbd &&
        current &&
        !popover.pinned &&
        !(e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) &&
        !(t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.nodeName))
      ) {
        void open(current, true);
        return;
      }
      if (e.code === PIN_SHORTCUT.code && e.altKey && e.shiftKey) {
        const target = current ?? (sample && sample.x >= 0 ? annotator.hitTest(sample.x, sample.y) : undefined);
        if (target) {
          clearIntent();
          clearGrace();
          void open(target, true);
        }
        return;
      }
      // Pressing the hold key over a resting pointer should open without a wiggle.
      if (sample && HOLD_KEYS.includes(e.key)) {
        mods = e;
        schedule();
      }
    },
    listen,
  );

  doc.addEventListener(
    'keyup',
    (e) => {
      if (sample && HOLD_KEYS.includes(e.key)) mods = e;
    },
    listen,
  );

  signal.addEventListener('abort', () => {
    clearIntent();
    clearGrace();
    if (frame) view.cancelAnimationFrame(frame);
    frame = 0;
    current = undefined;
  });

  return {
    close: () => close(),
    async showAt(match) {
      if (popover.pinned || pinning) close(true);
      clearIntent();
      clearGrace();
      kbd = true;
      still = sample;
      await open(match, false);
      return entryOf(match.code);
    },
    popover,
  };
}
