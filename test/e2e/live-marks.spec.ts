/**
 * A page that changes every frame (counters and a class, no code): the marks move out of the
 * Highlight API into boxes in our own host while it runs, never vanish on any frame, sit over the
 * codes, and are back in the Highlight API once the page is quiet.
 */
import { expect, test } from './support/fixtures';

const NAME = 'cpt-lens-underline';

const registered = (page: import('@playwright/test').Page) =>
  page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, NAME);

const visibleBoxes = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () => document.querySelector('cpt-lens-marks')?.shadowRoot?.querySelectorAll('i:not([hidden])').length ?? 0,
  );

test('marks stay visible on a page mutating every frame for 5 s, and return to the Highlight API after', async ({
  page,
  server,
}) => {
  await page.goto(server.url('detection/live.html'));
  await expect.poll(() => registered(page)).toBe(5);

  const run = await page.evaluate(
    ({ name, ms }) =>
      new Promise<{ frames: number; bare: number; boxFrames: number; boxesOverCodes: boolean }>((done) => {
        const w = window as unknown as { __start: () => void; __stop: () => void };
        const codeRects = () =>
          [...document.querySelectorAll('#queue td:nth-child(2)')].map((td) => {
            const range = document.createRange();
            range.selectNodeContents(td.firstChild!);
            return range.getBoundingClientRect();
          });
        let frames = 0;
        let bare = 0;
        let boxFrames = 0;
        let boxesOverCodes = false;
        const started = performance.now();
        w.__start();
        const sample = () => {
          frames++;
          const ranges = CSS.highlights.get(name)?.size ?? 0;
          const boxes = [
            ...(document.querySelector('cpt-lens-marks')?.shadowRoot?.querySelectorAll('i:not([hidden])') ?? []),
          ];
          if (ranges === 0 && boxes.length === 0) bare++;
          if (boxes.length > 0) {
            boxFrames++;
            // Every code has a box over its glyphs.
            const boxRects = boxes.map((b) => b.getBoundingClientRect());
            boxesOverCodes = codeRects().every((c) =>
              boxRects.some(
                (b) => Math.abs(b.left - c.left) < 2 && Math.abs(b.top - c.top) < 2 && Math.abs(b.width - c.width) < 2,
              ),
            );
          }
          if (performance.now() - started < ms) requestAnimationFrame(sample);
          else {
            w.__stop();
            done({ frames, bare, boxFrames, boxesOverCodes });
          }
        };
        requestAnimationFrame(sample);
      }),
    { name: NAME, ms: 5000 },
  );
  expect(run.frames).toBeGreaterThan(30);
  // Not one frame without marks: ranges registered or boxes drawn, on every frame.
  expect(run.bare).toBe(0);
  // The page mutated long enough for the boxes to take over, and they sat over the codes.
  expect(run.boxFrames).toBeGreaterThan(0);
  expect(run.boxesOverCodes).toBe(true);

  // Quiet again: back in the Highlight API, no box left.
  await expect.poll(() => registered(page), { timeout: 10_000 }).toBe(5);
  expect(await visibleBoxes(page)).toBe(0);
});
