/**
 * Issue 14, Firefox: the Firefox build's PDF viewer (pdf.html) opens the policy PDF in Debian's
 * firefox-esr, marks its codes on pdf.js's text layer, leaves the decoys alone, and shows a code's
 * card on hover. Driven over WebDriver BiDi like the Firefox smoke test (firefox.spec.ts).
 *
 * How the test reaches the viewer: the profile fixes the add-on's moz-extension:// UUID
 * (support/firefox.ts, fixExtensionUuid), so the viewer's URL is known, and Firefox starts with
 * `--remote-allow-system-access`, without which BiDi refuses to navigate a tab to a moz-extension://
 * URL. The tab then goes to `pdf.html?file=<fixture URL>` as if the user had typed it. Nothing in
 * the extension is there for the test.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDF_FIXTURES, POLICY, writePdfFixtures } from '../../pdf/fixtures';
import {
  Bidi,
  evaluateJson,
  FIREFOX,
  FIREFOX_BUILD,
  fixExtensionUuid,
  hoverPoint,
  startFirefox,
} from '../support/firefox';
import { FIXTURES_DIR, type FixtureServer, startFixtureServer } from '../support/server';

const PDF_DIR = resolve(FIXTURES_DIR, 'pdf');
/** Any fixed UUID: the profile is new for each run. */
const UUID = '6f6c2b1e-4c1d-4b7a-9a55-2f0c1e8d7a10';
/** The codes policy.pdf marks (as in test/e2e/pdf.spec.ts): two in prose, two in the table, two in the list. */
const POLICY_MARKS = ['64445', '64612', '64632', '64712', '64712', '64714'];

let server: FixtureServer;
test.beforeAll(async () => {
  await writePdfFixtures(PDF_DIR);
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server?.close();
});

test('Firefox (firefox-esr, WebDriver BiDi): the viewer opens the policy PDF, marks its codes, not its decoys, and hover shows the card', async () => {
  test.setTimeout(120_000);
  expect(existsSync(FIREFOX), `firefox-esr not found at ${FIREFOX}: apt-get install -y firefox-esr`).toBe(true);
  expect(existsSync(join(FIREFOX_BUILD, 'manifest.json')), `no Firefox build at ${FIREFOX_BUILD}`).toBe(true);
  const profile = mkdtempSync(join(tmpdir(), 'cpt-lens-firefox-pdf-'));
  fixExtensionUuid({ profile, uuid: UUID });
  const firefox = await startFirefox(profile, { allowSystemAccess: true });
  let bidi: Bidi | undefined;
  try {
    bidi = await Bidi.connect(`${firefox.url}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
    const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    const context = contexts[0]!.context;
    // Marks are registered near the viewport only (lib/page/highlight.ts): a viewport that holds
    // the whole first page at fit width, so every code of the policy is marked without scrolling.
    await bidi.send('browsingContext.setViewport', { context, viewport: { width: 800, height: 1200 } });
    const file = server.url(`pdf/${PDF_FIXTURES.policy}`);
    const viewer = `moz-extension://${UUID}/pdf.html?file=${encodeURIComponent(file)}`;
    await bidi.send('browsingContext.navigate', { context, url: viewer, wait: 'complete' });

    // BiDi returns objects as remote values: read everything as JSON text.
    const value = <T>(expression: string) => evaluateJson<T>(bidi!, context, expression);
    expect(await value<string>('location.href')).toBe(viewer);

    // Every code on the page, read back from CSS.highlights: each range over text of the text layer.
    const marked = () =>
      value<string[]>(`[...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('cpt-lens'))
        .flatMap(([, h]) => [...h])
        .map((r) => (r.startContainer.parentElement?.closest('.textLayer') ? '' : 'outside:')
          + r.startContainer.data.slice(r.startOffset, r.endOffset))
        .sort()`);
    await expect.poll(marked, { timeout: 60_000 }).toEqual(POLICY_MARKS);

    // The decoys are in the text layer, and no mark lies over any of them.
    const decoys = await value<Record<string, number | string>>(`(() => {
      const ranges = [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('cpt-lens'))
        .flatMap(([, h]) => [...h]);
      const walker = document.createTreeWalker(document.querySelector('.textLayer'), NodeFilter.SHOW_TEXT);
      const texts = [];
      while (walker.nextNode()) texts.push(walker.currentNode);
      const out = {};
      for (const decoy of ${JSON.stringify(Object.values(POLICY.decoys))}) {
        const node = texts.find((t) => t.data.includes(decoy));
        if (!node) { out[decoy] = 'not in the text layer'; continue; }
        const at = node.data.indexOf(decoy);
        out[decoy] = ranges.filter((r) => r.startContainer === node
          && r.startOffset < at + decoy.length && r.endOffset > at).length;
      }
      return out;
    })()`);
    expect(decoys).toEqual(Object.fromEntries(Object.values(POLICY.decoys).map((decoy) => [decoy, 0])));

    // Hover 64714 in the prose ("bill 64714"): its card opens, named by the code.
    const box = await value<{ x: number; y: number }>(`(() => {
      const walker = document.createTreeWalker(document.querySelector('.textLayer'), NodeFilter.SHOW_TEXT);
      let node;
      while ((node = walker.nextNode()) && !node.data.includes('bill 64714'));
      const at = node.data.indexOf('64714');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 5);
      const r = range.getBoundingClientRect();
      return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
    })()`);
    await hoverPoint(bidi, context, box);
    const card = () =>
      value<string>(`document.querySelector('cpt-lens-ui')?.shadowRoot
        ?.querySelector('[role=dialog]')?.getAttribute('aria-label')?.slice(0, 12) ?? 'no dialog'`);
    await expect.poll(card, { timeout: 15_000 }).toBe('CPT 64714 — ');
  } finally {
    bidi?.close();
    firefox.process.kill();
    await new Promise((r) => firefox.process.once('exit', r));
    rmSync(profile, { recursive: true, force: true });
  }
});
