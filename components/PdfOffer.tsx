/**
 * "Open in CPT Lens": shown in the popup when the active tab is a PDF in the browser's own viewer,
 * where no extension can read the text. Props only.
 */
export interface PdfOfferProps {
  onOpen: () => void;
}

export function PdfOffer({ onOpen }: PdfOfferProps) {
  return (
    <section class="pdf-offer" aria-labelledby="pdf-offer-text">
      <p id="pdf-offer-text">
        This tab shows a PDF. The browser’s viewer keeps extensions out; CPT Lens’s own viewer can mark its codes.
      </p>
      <button type="button" class="pdf-offer-button" onClick={onOpen}>
        Open in CPT Lens
      </button>
    </section>
  );
}
