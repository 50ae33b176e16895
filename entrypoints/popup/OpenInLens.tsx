/** The popup's "Open in CPT Lens" offer for a PDF tab: finds out, then shows PdfOffer or nothing. */
import { useEffect, useState } from 'preact/hooks';
import { PdfOffer } from '../../components/PdfOffer';
import { openInViewer, pdfUrlOf } from './pdf-tab';
import type { ActiveTab } from './tab';

export function OpenInLens({ tab, inTab }: { tab: ActiveTab | null | undefined; inTab: boolean }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!tab) return;
    let live = true;
    void pdfUrlOf(tab).then((found) => live && setUrl(found));
    return () => {
      live = false;
    };
  }, [tab]);
  if (!tab || !url) return null;
  return (
    <PdfOffer
      onOpen={() => {
        void openInViewer({ tabId: tab.id, url }).then(() => {
          // The toolbar popup has done its job; a lookup tab stays.
          if (!inTab) window.close();
        });
      }}
    />
  );
}
