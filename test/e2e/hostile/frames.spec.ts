/**
 * Issue 8, iframe-heavy page: 20 frames, nested, same- and cross-origin, about:blank written by
 * script and srcdoc. Each frame's codes are found (read from each frame's own CSS.highlights
 * registry, and from each frame's `page/list` answer, as the popup asks).
 */
import type { Frame } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { markedTexts } from './helpers';

/** What a frame of the fixture says it holds: "name: CPT 12345". */
async function expectedOf(frame: Frame): Promise<{ name: string; code: string } | undefined> {
  const text = await frame.evaluate(() => document.getElementById('text')?.textContent ?? '');
  const m = /^([\w-]+): CPT (\d{5})$/.exec(text);
  return m ? { name: m[1]!, code: m[2]! } : undefined;
}

test('20 frames, nested, about:blank and srcdoc: the code of each frame is found in it', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url('hostile/frames.html'));
  await expect.poll(() => page.frames().length, { timeout: 10_000 }).toBe(21);
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  const expected = await Promise.all(frames.map(expectedOf));
  const names = expected.map((e) => e?.name ?? '?').sort();
  expect(names).toEqual(
    [
      ...[0, 1, 2, 3, 4].map((i) => `same-${i}`),
      ...[0, 1, 2, 3].map((i) => `cross-${i}`),
      ...[0, 1, 2, 3].map((i) => `blank-${i}`),
      ...[0, 1, 2].map((i) => `srcdoc-${i}`),
      'parent',
      'nested-url',
      'nested-srcdoc',
      'nested-blank',
    ].sort(),
  );
  // Every frame marks its one code, in its own document.
  await expect
    .poll(
      async () => {
        const missing: string[] = [];
        for (const [i, frame] of frames.entries()) {
          const marked = await markedTexts(frame).catch(() => []);
          if (marked.join() !== expected[i]!.code) missing.push(`${expected[i]!.name}=${marked.join()}`);
        }
        return missing;
      },
      { timeout: 20_000, message: 'frames whose code was not marked' },
    )
    .toEqual([]);
  expect(await markedTexts(page)).toEqual(['64712']);

  // The popup's path: every frame of the tab answers page/list with its own code.
  const answers = await serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (tab?.id === undefined) throw new Error('no tab');
    const frames = await chrome.webNavigation?.getAllFrames({ tabId: tab.id });
    const ids = frames
      ? frames.map((f) => f.frameId)
      : (await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func: () => 0 })).map(
          (r) => r.frameId,
        );
    const out: string[] = [];
    for (const frameId of ids) {
      const reply = (await chrome.tabs.sendMessage(tab.id, { type: 'page/list' }, { frameId }).catch(() => null)) as {
        counts: Record<string, number>;
      } | null;
      out.push(reply ? Object.keys(reply.counts).join('+') : 'no answer');
    }
    return out;
  }, page.url());
  expect(answers).toHaveLength(21);
  expect(answers.filter((a) => a === 'no answer')).toEqual([]);
  const total: Record<string, number> = {};
  for (const code of [...answers]) total[code] = (total[code] ?? 0) + 1;
  const want: Record<string, number> = { '64712': 1 };
  for (const e of expected) want[e!.code] = (want[e!.code] ?? 0) + 1;
  expect(total).toEqual(want);
});
