/**
 * The hover popover's host: one `<cpt-lens-ui>` element appended to `document.documentElement`
 * on first use, with a shadow root that holds a CodeCard. It never touches the page's own DOM.
 *
 * - Top layer: `popover="manual"` + `showPopover()`, so no page z-index can cover it.
 * - Styles: a constructed stylesheet in `adoptedStyleSheets`, which a page CSP of
 *   `style-src 'none'` does not block (a <style> element or a style attribute would be).
 * - No innerHTML anywhere (Preact builds nodes), so Trusted Types pages work.
 * - `all: initial` and px sizes: the page's fonts and rem base do not reach inside.
 * - If the page removes the host (or rewrites the document), the next show recreates it.
 *
 * The custom element is never defined: `customElements` is null in content-script worlds
 * (https://crbug.com/390807), and an undefined autonomous element can still hold a shadow root.
 */
import { render } from 'preact';
import { CodeCard } from '../../components/CodeCard';
import { codeCardCss } from '../../components/code-card-css';
import type { CodeEntry } from '../../data/schema';
import hostCss from './popover-host.css?inline';
import { placePopover } from './position';

/** PAGE's MutationObserver and scanner ignore this element (and never enter its shadow root). */
export const HOST_TAG = 'cpt-lens-ui';

/** What the card shows: CodeCard's props of the same names, which the view hands on as they are. */
export interface PopoverContent {
  entry: CodeEntry;
  meanings: Readonly<Record<string, string>>;
  used: readonly string[];
  others?: readonly CodeEntry[];
}

/** Where the code sits: its range's rect, read fresh on every reposition. */
export interface Anchor {
  getBoundingClientRect(): DOMRect;
}

export interface Popover {
  /**
   * Shows `content` by `anchor`; `pinKey` is shown in the hint while not pinned, e.g. "Alt+Shift+P". Positional: an
   * options object costs its key names in the minified content script.
   */
  show(anchor: Anchor, content: PopoverContent, pinned: boolean, pinKey?: string): void;
  hide(): void;
  readonly open: boolean;
  readonly pinned: boolean;
  /** True when `target` is our host (events from inside the shadow root are retargeted to it). */
  owns(target: EventTarget | null): boolean;
  /** Moves focus into the dialog (pinned state). */
  focus(): void;
  /** Says `text` through a polite live region in the host (keyboard travel), card open or not. */
  announce(text: string): void;
}

/**
 * The dialog around the card. A plain function, not a component, with positional parameters: a props object costs its
 * key names in the content script. `pinKey`: shown in the hint while not pinned.
 */
function popoverView(
  content: PopoverContent,
  pinned: boolean,
  pinKey: string | undefined,
  onCopy: (code: string) => Promise<boolean>,
  onClose: () => void,
) {
  const { entry } = content;
  return (
    <div
      // A new code is a new card: the key drops the old card's state (More, Copied).
      key={entry.code}
      class="cl-pop cl-surface"
      role="dialog"
      aria-modal="false"
      aria-label={`CPT ${entry.code} — ${entry.title}`}
      tabIndex={-1}
      data-pinned={pinned ? '' : undefined}
    >
      <CodeCard {...content} onCopy={onCopy} />
      {pinned ? (
        <button type="button" class="cl-close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      ) : (
        <p class="cl-hint">Click the code{pinKey ? ` or press ${pinKey}` : ''} to pin this card. Esc closes it.</p>
      )}
    </div>
  );
}

/** Copies through the async clipboard; false (never a throw) when the page or browser refuses. */
async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** `onClose`: the user closed a pinned popover with its button. Positional: an options object costs its key names. */
export function createPopover(doc: Document, signal: AbortSignal, onClose?: () => void): Popover {
  let host: HTMLElement | undefined;
  let mount: HTMLElement | undefined;
  let sheet: CSSStyleSheet | undefined;
  let live: HTMLElement | undefined;
  let stopAutoUpdate: (() => void) | undefined;
  let open = false;
  let pinned = false;
  /** Focus waits for the first placement: a `visibility: hidden` dialog cannot take focus. */
  let focusWhenPlaced = false;
  let generation = 0;

  /**
   * Where the host lives. A modal <dialog> makes everything outside it inert, our top-layer
   * popover included (Chromium 156: it gets no pointer events and no focus), so while one is open
   * the host goes inside it; `showPopover()` still puts it above the dialog.
   * test/e2e/hostile/strict-pages.spec.ts covers it.
   */
  function hostParent(): Element {
    return doc.querySelector('dialog:modal') ?? doc.documentElement;
  }

  /** The host, in place, and `mount` (where the card renders) inside it: a bare element, not an object to unpack. */
  function ensureHost(): HTMLElement {
    if (host?.isConnected && mount) {
      const parent = hostParent();
      // Moving an element out of the top layer hides it; show() opens it again.
      if (host.parentElement !== parent) parent.append(host);
      return host;
    }
    // First use, or the page removed our host: build a fresh one (the old tree is garbage).
    if (mount) render(null, mount);
    const view = doc.defaultView!;
    const el = doc.createElement(HOST_TAG);
    const root = el.attachShadow({ mode: 'open' });
    sheet ??= new view.CSSStyleSheet();
    sheet.replaceSync(codeCardCss + hostCss);
    root.adoptedStyleSheets = [sheet];
    const div = doc.createElement('div');
    live = doc.createElement('div');
    live.className = 'cl-live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    root.append(div, live);
    if ('popover' in el) el.popover = 'manual';
    hostParent().append(el);
    host = el;
    mount = div;
    return el;
  }

  function place(el: HTMLElement, anchor: Anchor, gen: number) {
    if (gen !== generation || !open) return;
    const view = doc.defaultView!;
    const pop = el.shadowRoot?.querySelector<HTMLElement>('.cl-pop');
    // scrollHeight is the card's natural height even while a max height clips it (+2 for borders).
    // min(): in quirks mode documentElement.clientHeight is the document's height, not the viewport's.
    const root = doc.documentElement;
    const [x, y, maxHeight] = placePopover(
      anchor.getBoundingClientRect(),
      el.offsetWidth,
      (pop?.scrollHeight ?? el.offsetHeight) + 2,
      Math.min(view.innerWidth, root.clientWidth || view.innerWidth),
      Math.min(view.innerHeight, root.clientHeight || view.innerHeight),
    );
    el.style.setProperty('--cl-max-h', `${maxHeight}px`);
    el.style.setProperty('--cl-x', `${x}px`);
    el.style.setProperty('--cl-y', `${y}px`);
    el.style.setProperty('--cl-visibility', 'visible');
    if (focusWhenPlaced) {
      focusWhenPlaced = false;
      dialog()?.focus();
    }
  }

  /** Re-places on scroll, resize and a change of the card's size, at most once per frame. */
  function track(el: HTMLElement, anchor: Anchor, gen: number, placeNow: boolean): () => void {
    const view = doc.defaultView!;
    const stop = new AbortController();
    let frame = 0;
    const schedule = () => {
      frame ||= view.requestAnimationFrame(() => {
        frame = 0;
        place(el, anchor, gen);
      });
    };
    view.addEventListener('scroll', schedule, { capture: true, passive: true, signal: stop.signal });
    view.addEventListener('resize', schedule, { passive: true, signal: stop.signal });
    const resize = new view.ResizeObserver(schedule);
    resize.observe(el);
    // A card that was hidden is placed on the frame after the observer's first report, which
    // comes after the frame's own layout: reading its size straight after rendering forced that
    // layout inside our task (19 ms CPU on the 200,000-node page, most of the first hover's task:
    // test/e2e/hostile/big-page.spec.ts). It stays hidden until placed. A card already showing is
    // placed now, so it never shows new content at the old place. (Placing inside the observer's
    // callback resizes what it observes: "ResizeObserver loop" errors on the page.)
    if (placeNow) place(el, anchor, gen);
    return () => {
      stop.abort();
      resize.disconnect();
      if (frame) view.cancelAnimationFrame(frame);
    };
  }

  const dialog = () => host?.shadowRoot?.querySelector<HTMLElement>('[role=dialog]');

  function hide() {
    generation++;
    focusWhenPlaced = false;
    stopAutoUpdate?.();
    stopAutoUpdate = undefined;
    if (!open) return;
    open = false;
    pinned = false;
    if (host) {
      if (host.isConnected && 'hidePopover' in host && host.matches(':popover-open')) host.hidePopover();
      host.removeAttribute('data-open');
      host.style.setProperty('--cl-visibility', 'hidden');
    }
    if (mount) render(null, mount);
  }

  function show(anchor: Anchor, content: PopoverContent, pin: boolean, pinKey?: string) {
    const gen = ++generation;
    const el = ensureHost();
    const wasOpen = open;
    open = true;
    pinned = pin;
    render(
      popoverView(
        content,
        pin,
        pinKey,
        (code) => copyText(doc, code),
        () => {
          hide();
          onClose?.();
        },
      ),
      mount!,
    );
    if (!wasOpen) el.style.setProperty('--cl-visibility', 'hidden');
    el.setAttribute('data-open', '');
    if ('showPopover' in el && !el.matches(':popover-open')) el.showPopover();
    stopAutoUpdate?.();
    stopAutoUpdate = track(el, anchor, gen, wasOpen);
  }

  signal.addEventListener('abort', () => {
    // hide() has emptied the card if one was showing.
    hide();
    host?.remove();
    host = undefined;
    mount = undefined;
  });

  return {
    show,
    hide,
    get open() {
      return open;
    },
    get pinned() {
      return pinned;
    },
    owns: (target) => !!host && target === host,
    focus() {
      if (host?.style.getPropertyValue('--cl-visibility') === 'visible') dialog()?.focus();
      else focusWhenPlaced = true;
    },
    announce(text) {
      const el = ensureHost();
      el.setAttribute('data-live', '');
      const region = live!;
      region.textContent = '';
      // A region that just entered the accessibility tree (or says the same again) is announced
      // only when its text changes after it is there.
      setTimeout(() => {
        if (!signal.aborted) region.textContent = text;
      }, 100);
    },
  };
}
