import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox, type SearchResultView } from '../../../components/SearchBox';
import { click, key, mount } from './render';

const ALL: SearchResultView[] = [
  { code: '64712', title: 'Open Neurolysis of Sciatic Nerve', detail: 'Surgery' },
  { code: '64714', title: 'Open Lumbar Plexus Decompression' },
  { code: '64445', title: 'Sciatic Nerve Injection' },
];

/** The caller owns the query, as the popup does; the "search" is a prefix filter. */
function Harness({ onOpen, missingCode }: { onOpen: (code: string) => void; missingCode?: string }) {
  const [query, setQuery] = useState('');
  const [, setRenders] = useState(0);
  // A new array on every render, as a caller without memoization gives.
  const results = query ? ALL.filter((r) => r.code.startsWith(query) || r.title.toLowerCase().includes(query)) : [];
  return (
    <>
      {/* Re-renders the caller without a new query (the popup re-renders when a tab's counts change). */}
      <button type="button" id="rerender" onClick={() => setRenders((n) => n + 1)} />
      <SearchBox
        query={query}
        onQueryChange={setQuery}
        results={results}
        missingCode={missingCode}
        codeCount={5}
        onOpen={onOpen}
      />
    </>
  );
}

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

function setup(props: { missingCode?: string } = {}) {
  const onOpen = vi.fn();
  view = mount(<Harness onOpen={onOpen} {...props} />);
  const input = view.root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const listbox = view.root.querySelector<HTMLElement>('[role="listbox"]')!;
  const options = () => [...view!.root.querySelectorAll<HTMLElement>('[role="option"]')];
  const active = () =>
    view!.root.querySelector(`#${CSS.escape(input.getAttribute('aria-activedescendant') ?? 'none')}`);
  return { onOpen, input, listbox, options, active };
}

describe('SearchBox', () => {
  it('is a labelled combobox that controls a listbox, collapsed while empty', () => {
    const { input, listbox } = setup();
    expect(input.labels?.[0]?.textContent).toBe('Look up a CPT code');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(listbox.hidden).toBe(true);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('lists results as you type, best first and active', () => {
    const { input, options, active } = setup();
    type(input, '6471');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(options().map((o) => o.textContent)).toEqual([
      expect.stringContaining('64712'),
      expect.stringContaining('64714'),
    ]);
    expect(active()?.textContent).toContain('64712');
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('moves with the arrow keys, wrapping, and opens the active result on Enter', () => {
    const { input, active, onOpen } = setup();
    type(input, '6471');
    key(input, 'ArrowDown');
    expect(active()?.textContent).toContain('64714');
    key(input, 'ArrowDown');
    expect(active()?.textContent).toContain('64712');
    key(input, 'ArrowUp');
    expect(active()?.textContent).toContain('64714');
    key(input, 'Enter');
    expect(onOpen).toHaveBeenCalledWith('64714');
  });

  it('keeps the active result while the query stays, and starts at the best match when it changes', () => {
    const { input, active, onOpen } = setup();
    type(input, '647');
    key(input, 'ArrowDown');
    expect(active()?.textContent).toContain('64714');
    // A re-render with an equal but new result list: the user's choice stands.
    click(view!.root.querySelector<HTMLElement>('#rerender')!);
    expect(active()?.textContent).toContain('64714');
    key(input, 'Enter');
    expect(onOpen).toHaveBeenLastCalledWith('64714');
    // The next keystroke is a new query: back to its best match.
    type(input, '6471');
    expect(active()?.textContent).toContain('64712');
    key(input, 'ArrowDown');
    expect(active()?.textContent).toContain('64714');
  });

  it('opens a result on click', () => {
    const { input, options, onOpen } = setup();
    type(input, 'sciatic');
    click(options()[1]!);
    expect(onOpen).toHaveBeenCalledWith('64445');
  });

  it('says so when nothing matches, and Enter does nothing', () => {
    const { input, onOpen } = setup();
    type(input, 'zzz');
    expect(view!.root.querySelector('[role="status"]')?.textContent).toBe('No code matches “zzz”.');
    key(input, 'Enter');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('answers a well-formed code the data lacks in words', () => {
    const { input } = setup({ missingCode: '99213' });
    type(input, '99213');
    expect(view!.root.querySelector('[role="status"]')?.textContent).toBe(
      'CPT 99213 is not in the bundled data. CPT Lens knows 5 codes.',
    );
  });

  it('clears the query on Escape', () => {
    const { input } = setup();
    type(input, '6471');
    key(input, 'Escape');
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });
});
