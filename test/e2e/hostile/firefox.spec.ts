/**
 * Issue 8, Firefox: a smoke test of the Firefox build in Debian's firefox-esr, driven over
 * WebDriver BiDi (Firefox speaks it natively; no driver download). The build is installed as a
 * temporary add-on (`webExtension.install`), a fixture page is opened, and a code must be found.
 *
 * Needs `firefox-esr` (scripts/ensure-browsers.mjs, run by `npm test`, installs it) and the Firefox
 * build (`npm run build` makes it).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Bidi, evaluateJson, FIREFOX, FIREFOX_BUILD, hoverPoint, startFirefox } from '../support/firefox';
import { type FixtureServer, startFixtureServer } from '../support/server';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server?.close();
});

test('Firefox (firefox-esr, WebDriver BiDi): the Firefox build installs and finds the codes of a page', async () => {
  test.setTimeout(90_000);
  expect(existsSync(FIREFOX), `firefox-esr not found at ${FIREFOX}: apt-get install -y firefox-esr`).toBe(true);
  expect(existsSync(join(FIREFOX_BUILD, 'manifest.json')), `no Firefox build at ${FIREFOX_BUILD}`).toBe(true);
  const profile = mkdtempSync(join(tmpdir(), 'cpt-lens-firefox-'));
  const firefox = await startFirefox(profile);
  let bidi: Bidi | undefined;
  try {
    bidi = await Bidi.connect(`${firefox.url}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    const { extension } = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_BUILD },
    });
    expect(extension).toBe('cpt-lens@cpt-lens.dev');
    const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    const context = contexts[0]!.context;
    await bidi.send('browsingContext.navigate', {
      context,
      url: server.url('hostile/strict.html'),
      wait: 'complete',
    });
    const marked = async () => {
      const reply = await bidi!.send<{ result: { type: string; value?: string } }>('script.evaluate', {
        target: { context },
        awaitPromise: false,
        expression: `[...CSS.highlights.entries()]
          .filter(([name]) => name.startsWith('cpt-lens'))
          .flatMap(([, h]) => [...h].map((r) => r.startContainer.data.slice(r.startOffset, r.endOffset)))
          .sort().join(' ')`,
      });
      return reply.result.value ?? '';
    };
    await expect.poll(marked, { timeout: 30_000 }).toBe('64445 64612 64632 64712');

    // Hover 64712: the popover opens and is styled. Firefox, unlike Chromium, holds content scripts
    // to the page's CSP (default-src 'none' here), so this is where a <style> element would fail.
    // BiDi returns objects as remote values: read everything as JSON text.
    const value = <T>(expression: string) => evaluateJson<T>(bidi!, context, expression);
    const box = await value<{ x: number; y: number }>(`(() => {
      const node = document.getElementById('text').firstChild;
      const at = node.data.indexOf('64712');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 5);
      const r = range.getBoundingClientRect();
      return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
    })()`);
    await hoverPoint(bidi, context, box);
    const look = () =>
      value<string>(`(() => {
        const dialog = document.querySelector('cpt-lens-ui')?.shadowRoot?.querySelector('[role=dialog]');
        if (!dialog) return 'no dialog';
        const s = getComputedStyle(dialog);
        return [dialog.getAttribute('aria-label').slice(0, 10), s.borderTopLeftRadius, s.fontSize].join(' | ');
      })()`);
    await expect.poll(look, { timeout: 10_000 }).toBe('CPT 64712  | 10px | 14px');
  } finally {
    bidi?.close();
    firefox.process.kill();
    await new Promise((r) => firefox.process.once('exit', r));
    rmSync(profile, { recursive: true, force: true });
  }
});
