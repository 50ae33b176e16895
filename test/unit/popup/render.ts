/** A tiny render helper for Preact views under happy-dom (no testing-library in the repo). */
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

export function mount(vnode: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return {
    root,
    rerender: (next: ComponentChild) => act(() => render(next, root)),
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

export function key(target: Element, keyName: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true }));
  });
}

export function click(target: Element) {
  act(() => {
    (target as HTMLElement).click();
  });
}
