import { afterEach, describe, expect, it, vi } from 'vitest';
import { PdfOffer } from '../../../components/PdfOffer';
import { click, mount } from './render';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

describe('PdfOffer', () => {
  it('says why and offers one button that opens the viewer', () => {
    const onOpen = vi.fn();
    view = mount(<PdfOffer onOpen={onOpen} />);
    const section = view.root.querySelector('section')!;
    expect(section.getAttribute('aria-labelledby')).toBe('pdf-offer-text');
    expect(section.textContent).toContain('This tab shows a PDF.');
    const buttons = view.root.querySelectorAll('button');
    expect([...buttons].map((b) => b.textContent)).toEqual(['Open in CPT Lens']);
    click(buttons[0]!);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});
