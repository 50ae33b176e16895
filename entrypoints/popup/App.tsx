/**
 * The toolbar popup: manual lookup, the codes on the active tab, and the per-site switch.
 * Everything synchronous (the search over the bundled data) renders in the first paint; the tab,
 * its frames and the settings arrive afterwards without moving what is already on screen.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CodeCard } from '../../components/CodeCard';
import { PageCodes, type PageCodesState } from '../../components/PageCodes';
import { SearchBox } from '../../components/SearchBox';
import { SiteToggle } from '../../components/SiteToggle';
import { datasetVersion } from '../../lib/dataset';
import { watchSettings } from '../../lib/settings';
import { type FrameCounts, locateOccurrence, sumFrameCounts, withFrameCounts } from '../../lib/tab-codes';
import { travelInTab } from '../../lib/travel-tab';
import { type CardData, useCard, useCatalog } from './catalog';
import { lookUp } from './lookup';
import { OpenInLens } from './OpenInLens';
import { loadSiteView, type SiteView, saveSiteEnabled } from './site';
import { type ActiveTab, listTabCodes, queryActiveTab, revealInFrame, showTab, watchTabCounts } from './tab';

export function App({ initialQuery = '' }: { initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [openCode, setOpenCode] = useState<string>();
  const [tab, setTab] = useState<ActiveTab | null>();
  // Opened as a page of its own (context menu lookup) rather than as the toolbar popup.
  const [inTab, setInTab] = useState(false);
  const [site, setSite] = useState<SiteView>();
  // undefined: still asking; null: no frame of the tab is open to the extension.
  const [frames, setFrames] = useState<FrameCounts[] | null>();
  // Next occurrence (0-based) to reveal, per code: each click moves on by one.
  const [nextOccurrence, setNextOccurrence] = useState<ReadonlyMap<string, number>>(new Map());
  const inputRef = useRef<HTMLInputElement>(null);

  // The bundled data plus the organization's publications, live (./catalog.ts).
  const catalog = useCatalog();
  const codeCount = catalog.counts.total;
  const lookup = useMemo(() => lookUp(query, catalog), [query, catalog]);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    void (async () => {
      const { tab: active, inTab: asTab } = await queryActiveTab().catch(() => ({ tab: undefined, inTab: false }));
      if (signal.aborted) return;
      setInTab(asTab);
      setTab(active ?? null);
      if (!active) {
        setSite({ kind: 'none', reason: 'No tab to look at.' });
        setFrames(null);
        return;
      }
      const refreshSite = () =>
        loadSiteView(active.url)
          .then((view) => !signal.aborted && setSite(view))
          .catch(() => !signal.aborted && setSite({ kind: 'none', reason: 'Settings could not be read.' }));
      // The options page, the keyboard shortcut or the administrator may change the site meanwhile.
      watchSettings(() => void refreshSite(), signal);
      watchTabCounts({
        tabId: active.id,
        signal,
        onCounts: (update) => setFrames((current) => withFrameCounts(current ?? [], update)),
      });
      await Promise.all([
        refreshSite(),
        listTabCodes(active.id).then((listed) => !signal.aborted && setFrames(listed ?? null)),
      ]);
    })();
    return () => controller.abort();
  }, []);

  const pageState = useMemo((): PageCodesState => {
    if (tab === null || frames === null)
      return { status: 'unavailable', reason: 'CPT Lens does not run on this page.' };
    if (site?.kind === 'site' && !site.enabled)
      return { status: 'unavailable', reason: `CPT Lens is off on ${site.host}.` };
    if (frames === undefined) return { status: 'loading' };
    return {
      status: 'ready',
      codes: sumFrameCounts(frames).map(({ code, count }) => {
        const next = nextOccurrence.get(code);
        return {
          code,
          count,
          title: catalog.get(code)?.title,
          revealed: next === undefined ? undefined : ((next - 1) % count) + 1,
        };
      }),
    };
  }, [tab, site, frames, nextOccurrence, catalog]);

  const reveal = useCallback(
    (code: string) => {
      if (!tab || !frames) return;
      if (!inTab && !tab.viewer) {
        // As the toolbar popup: close, and open the code's card on the page at its next
        // occurrence, as the travel shortcut does (lib/travel-tab.ts). The PDF viewer is an
        // extension page that travel messages do not reach: there the popup reveals and flashes.
        void travelInTab({ tabId: tab.id, direction: 'next', code }).finally(() => window.close());
        return;
      }
      const occurrence = nextOccurrence.get(code) ?? 0;
      const target = locateOccurrence({ frames, code, occurrence });
      if (!target) return;
      void revealInFrame({ tabId: tab.id, ...target, code });
      if (inTab) void showTab(tab.id);
      setNextOccurrence((current) => new Map(current).set(code, occurrence + 1));
    },
    [tab, frames, nextOccurrence, inTab],
  );

  const toggleSite = useCallback(
    (enabled: boolean) => {
      if (site?.kind !== 'site' || !tab?.url) return;
      // Optimistic: the switch moves at once; the stored state confirms (or policy overrides) it.
      setSite({ ...site, enabled });
      setNextOccurrence(new Map());
      if (!enabled) setFrames((current) => (current ? [] : current));
      void saveSiteEnabled({ url: tab.url, host: site.host, enabled })
        .then(setSite)
        .catch(() => setSite(site));
    },
    [site, tab],
  );

  const closeCard = useCallback(() => {
    setOpenCode(undefined);
    // Back where the user was: the search box, text kept.
    requestAnimationFrame(() => inputRef.current?.focus());
  }, []);

  const card = useCard(openCode, catalog);
  // A lookup tab opened on its own (no page behind it): just the search.
  const lookupOnly = inTab && tab === null;

  return (
    <div class={inTab ? 'popup in-tab' : 'popup'}>
      <header class="popup-header">
        <h1 class="brand">
          <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.4" />
            <path d="m15 15 5.5 5.5" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" />
            <path d="M7 10h6" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
          CPT Lens
        </h1>
      </header>

      {card ? (
        <CardView card={card} onBack={closeCard} />
      ) : (
        <main class="popup-main">
          <SearchBox
            query={query}
            onQueryChange={setQuery}
            results={lookup.results}
            missingCode={lookup.missingCode}
            codeCount={codeCount}
            onOpen={setOpenCode}
            inputRef={inputRef}
            autoFocus
          />
          {!lookupOnly && <OpenInLens tab={tab} inTab={inTab} />}
          {!lookupOnly && <PageCodes state={pageState} onReveal={reveal} />}
        </main>
      )}

      {!lookupOnly && (
        <div class="site-row">
          {site === undefined ? (
            <div class="site-toggle placeholder" aria-hidden="true" />
          ) : site.kind === 'site' ? (
            <SiteToggle
              host={site.host}
              enabled={site.enabled}
              lockedReason={site.lockedReason}
              onChange={toggleSite}
            />
          ) : (
            <SiteToggle unavailableReason={site.reason} />
          )}
        </div>
      )}

      <footer class="popup-footer">
        <span>
          Data <code title="Content hash of the bundled publications">{datasetVersion}</code> · {codeCount}{' '}
          {codeCount === 1 ? 'code' : 'codes'}
          {codeCount !== catalog.counts.bundled && <SourceCounts counts={catalog.counts} />}
        </span>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          Options
        </a>
      </footer>
    </div>
  );
}

/** " (5 bundled, 12 imported by you, 3 from your administrator)": the footer's count per source. */
function SourceCounts({ counts }: { counts: Record<'bundled' | 'user' | 'managed', number> }) {
  const parts = [
    `${counts.bundled} bundled`,
    counts.user > 0 ? `${counts.user} imported by you` : '',
    counts.managed > 0 ? `${counts.managed} from your administrator` : '',
  ].filter(Boolean);
  return <span data-testid="source-counts"> ({parts.join(', ')})</span>;
}

async function copyCode(code: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(code);
    return true;
  } catch {
    return false;
  }
}

function CardView({ card, onBack }: { card: CardData; onBack: () => void }) {
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), []);
  return (
    // Esc anywhere in the card goes back, as in a dialog.
    <main
      class="popup-main card-view"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onBack();
        }
      }}
    >
      <button ref={backRef} type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">←</span> Back to search
      </button>
      <CodeCard entry={card.entry} others={card.others} meanings={card.meanings} onCopy={copyCode} level={2} />
    </main>
  );
}
