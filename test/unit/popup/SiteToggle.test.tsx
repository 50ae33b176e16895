import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteToggle } from '../../../components/SiteToggle';
import { click, mount } from './render';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

/** The accessible name from aria-labelledby, as a screen reader computes it. */
function nameOf(element: Element): string {
  const ids = element.getAttribute('aria-labelledby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('SiteToggle', () => {
  it('is a switch named for the site, reflecting its state', () => {
    view = mount(<SiteToggle host="portal.example.com" enabled onChange={() => {}} />);
    const sw = view.root.querySelector('[role="switch"]')!;
    expect(nameOf(sw)).toBe('Enable on portal.example.com');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(sw.hasAttribute('aria-disabled')).toBe(false);
  });

  it('asks for the opposite state when pressed', () => {
    const onChange = vi.fn();
    view = mount(<SiteToggle host="portal.example.com" enabled={false} onChange={onChange} />);
    const sw = view.root.querySelector('[role="switch"]')!;
    expect(sw.getAttribute('aria-checked')).toBe('false');
    click(sw);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('is disabled, with the reason as its description, when policy locks the site', () => {
    const onChange = vi.fn();
    view = mount(
      <SiteToggle host="ehr.example.org" enabled lockedReason="Turned on by your organization." onChange={onChange} />,
    );
    const sw = view.root.querySelector('[role="switch"]')!;
    expect(sw.getAttribute('aria-disabled')).toBe('true');
    const description = document.getElementById(sw.getAttribute('aria-describedby')!);
    expect(description?.textContent).toBe('Turned on by your organization.');
    click(sw);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('explains why there is no switch on a page CPT Lens does not run on', () => {
    view = mount(<SiteToggle unavailableReason="CPT Lens does not run on this page." />);
    expect(view.root.querySelector('[role="switch"]')).toBeNull();
    expect(view.root.textContent).toBe('CPT Lens does not run on this page.');
  });
});
