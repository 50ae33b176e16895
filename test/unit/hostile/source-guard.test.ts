/**
 * Issue 8: what the shipped code must never contain, checked in its sources (the e2e suite checks
 * the behaviour; this catches a regression before a browser starts):
 * - no HTML-string sinks: Trusted Types pages reject them, and page text must never become markup;
 * - no network API: nothing leaves the machine (test/e2e/hostile/privacy.spec.ts records traffic);
 * - no code from strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SHIPPED = ['lib', 'components', 'entrypoints', 'data'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'sources' ? [] : sources(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(d.name) ? [path] : [];
  });
}

/** Code only: comments are where the rules are explained, and may name what they forbid. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const FORBIDDEN: [string, RegExp][] = [
  [
    'HTML sink',
    /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment|DOMParser/,
  ],
  // A <style> element (or style attribute text) is inline style: a page CSP blocks it in Firefox.
  ['inline style element', /createElement\(\s*['"`]style['"`]|setAttribute\(\s*['"`]style['"`]/],
  ['network', /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|EventSource|WebTransport|RTCPeerConnection/],
  ['code from strings', /\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/],
  // A literal remote address (a URL built from a host name the user typed, `http://${host}/`, is parsing).
  ['remote URL', /['"`]https?:\/\/(?!\$\{)(?!(www\.)?(w3\.org|example\.(com|org))\/)/],
];

/**
 * The PDF viewer's fetch of the document the user had open is the one request CPT Lens makes
 * (lib/pdf/fetch-document.ts says why); it is allowed in that file alone.
 */
const ALLOWED: Record<string, string> = { network: 'lib/pdf/fetch-document.ts' };

describe('shipped sources', () => {
  const files = SHIPPED.flatMap((d) => sources(join(ROOT, d))).filter((f) => !f.endsWith('.d.ts'));

  it('exist (the guard reads something)', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const [what, pattern] of FORBIDDEN) {
    it(`hold no ${what}`, () => {
      const hits = files
        .filter((file) => relative(ROOT, file) !== ALLOWED[what])
        .flatMap((file) =>
          code(readFileSync(file, 'utf8'))
            .split('\n')
            .flatMap((line, i) => (pattern.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
        );
      expect(hits).toEqual([]);
    });
  }

  it('allow the viewer to fetch nothing but the document, in one place', () => {
    const text = code(readFileSync(join(ROOT, ALLOWED.network!), 'utf8'));
    expect(text.match(/\bfetch\s*\(/g)).toHaveLength(1);
  });
});
