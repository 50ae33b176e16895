import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageCodes } from '../../../components/PageCodes';
import { click, key, mount } from './render';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

describe('PageCodes', () => {
  it('lists each code with its count and total, and reveals it on click', () => {
    const onReveal = vi.fn();
    view = mount(
      <PageCodes
        state={{
          status: 'ready',
          codes: [
            { code: '64445', count: 1, title: 'Sciatic Nerve Injection' },
            { code: '64712', count: 3, title: 'Open Neurolysis of Sciatic Nerve', revealed: 2 },
          ],
        }}
        onReveal={onReveal}
      />,
    );
    const buttons = [...view.root.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      '64445 Sciatic Nerve Injection: 1 on this page',
      '64712 Open Neurolysis of Sciatic Nerve: 3 on this page, showing 2 of 3',
    ]);
    expect(buttons[0]!.textContent).toContain('×1');
    expect(buttons[1]!.textContent).toContain('2/3');
    expect(view.root.querySelector('h2')?.textContent).toBe('On this page4, 4 in total');
    click(buttons[1]!);
    expect(onReveal).toHaveBeenCalledWith('64712');
  });

  it('moves between the codes with Up and Down, wrapping, and leaves other keys alone', () => {
    const codes = ['64445', '64612', '64712'].map((code) => ({ code, count: 1 }));
    view = mount(<PageCodes state={{ status: 'ready', codes }} onReveal={() => {}} />);
    const buttons = [...view.root.querySelectorAll('button')];
    buttons[0]!.focus();
    key(buttons[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(buttons[1]);
    key(buttons[1]!, 'ArrowDown');
    key(buttons[2]!, 'ArrowDown');
    expect(document.activeElement).toBe(buttons[0]);
    key(buttons[0]!, 'ArrowUp');
    expect(document.activeElement).toBe(buttons[2]);
    key(buttons[2]!, 'x');
    expect(document.activeElement).toBe(buttons[2]);
  });

  it('says when the page has no codes, is loading, or is out of reach', () => {
    view = mount(<PageCodes state={{ status: 'ready', codes: [] }} onReveal={() => {}} />);
    expect(view.root.textContent).toContain('No CPT codes found on this page.');
    view.rerender(<PageCodes state={{ status: 'loading' }} onReveal={() => {}} />);
    expect(view.root.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    view.rerender(
      <PageCodes state={{ status: 'unavailable', reason: 'CPT Lens is off on a.example.' }} onReveal={() => {}} />,
    );
    expect(view.root.textContent).toContain('CPT Lens is off on a.example.');
    expect(view.root.querySelector('button')).toBeNull();
  });
});
