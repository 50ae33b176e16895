import { describe, expect, it } from 'vitest';
import * as constants from '../../../lib/page/dom-constants';

/** Where each literal's namesake lives in the DOM. */
const OWNER: Record<keyof typeof constants, object> = {
  ELEMENT_NODE: Node,
  TEXT_NODE: Node,
  DOCUMENT_NODE: Node,
  DOCUMENT_FRAGMENT_NODE: Node,
  DOCUMENT_POSITION_DISCONNECTED: Node,
  DOCUMENT_POSITION_PRECEDING: Node,
  DOCUMENT_POSITION_FOLLOWING: Node,
  SHOW_ELEMENT: NodeFilter,
  SHOW_TEXT: NodeFilter,
};

describe('lib/page/dom-constants: the DOM’s constants as literals', () => {
  for (const [name, value] of Object.entries(constants)) {
    it(`${name} is the DOM’s own`, () => {
      const owner = OWNER[name as keyof typeof constants] as Record<string, unknown>;
      expect(owner).toBeDefined();
      expect(typeof owner[name]).toBe('number');
      expect(value).toBe(owner[name]);
    });
  }

  it('classify real nodes as the DOM does', () => {
    const el = document.createElement('p');
    el.append('64712');
    expect(el.nodeType).toBe(constants.ELEMENT_NODE);
    expect(el.firstChild?.nodeType).toBe(constants.TEXT_NODE);
    expect(document.nodeType).toBe(constants.DOCUMENT_NODE);
    expect(el.attachShadow({ mode: 'open' }).nodeType).toBe(constants.DOCUMENT_FRAGMENT_NODE);
    const walker = document.createTreeWalker(el, constants.SHOW_TEXT);
    expect(walker.nextNode()).toBe(el.firstChild);
  });
});
