/**
 * highlight.css reaches every page as manifest CSS. A bare `::highlight()` rule matches every element,
 * which made Chromium resolve a highlight style per element on each restyle: +3 to +6 ms a frame on
 * the bench's live pages and a first style pass twice as long, with nothing registered. So every rule
 * Chromium sees is on `:root` (highlight inheritance carries it down, shadow trees included), and
 * Firefox's bare rules sit behind a Gecko-only @supports.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOCUS_HIGHLIGHT } from '../../../lib/page/focus-mark';
import { HIGHLIGHT_NAMES } from '../../../lib/page/highlight';

const css = readFileSync(resolve(import.meta.dirname, '../../../lib/page/highlight.css'), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const GECKO = '@supports (-moz-appearance: none)';
const geckoAt = css.indexOf(GECKO);
const chromium = geckoAt < 0 ? css : css.slice(0, geckoAt);
const gecko = geckoAt < 0 ? '' : css.slice(geckoAt);
const selectors = (text: string) => [...text.matchAll(/([^{}]*)\{[^{}]*\}/g)].map((m) => m[1]!.trim());

describe('highlight.css', () => {
  it('gives Chromium only :root::highlight() rules', () => {
    const rules = selectors(chromium);
    expect(rules.length).toBeGreaterThan(0);
    for (const selector of rules) expect(selector).toMatch(/^:root::highlight\([a-z-]+\)$/);
  });

  it('styles every highlight name we register, for both engines', () => {
    for (const name of [...Object.values(HIGHLIGHT_NAMES), FOCUS_HIGHLIGHT]) {
      expect(chromium).toContain(`:root::highlight(${name})`);
      expect(gecko).toContain(`::highlight(${name})`);
    }
  });

  it('keeps the bare rules Firefox needs behind the Gecko-only gate, and nothing after it', () => {
    expect(geckoAt).toBeGreaterThan(0);
    const inner = gecko.slice(gecko.indexOf('{') + 1, gecko.lastIndexOf('}'));
    expect(gecko.slice(gecko.lastIndexOf('}') + 1).trim()).toBe('');
    for (const selector of selectors(inner)) expect(selector).toMatch(/^::highlight\([a-z-]+\)$/);
  });
});
