import type { Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Share of the pixels in `box` (viewport CSS px) within `tolerance` of `rgb`: what the page really
 * painted, read from a screenshot. The PNG is decoded by the browser itself in a blank page of its
 * own (no image library; nothing runs in the page under test).
 */
export async function paintedShare(
  page: Page,
  { box, rgb, tolerance = 10 }: { box: Box; rgb: readonly [number, number, number]; tolerance?: number },
): Promise<number> {
  const png = await page.screenshot({ clip: box, scale: 'css' });
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(
      async ({ data, rgb, tolerance }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        let hits = 0;
        for (let i = 0; i < px.length; i += 4) {
          const near =
            Math.abs(px[i]! - rgb[0]) <= tolerance &&
            Math.abs(px[i + 1]! - rgb[1]) <= tolerance &&
            Math.abs(px[i + 2]! - rgb[2]) <= tolerance;
          if (near) hits++;
        }
        return hits / (px.length / 4);
      },
      { data: png.toString('base64'), rgb, tolerance },
    );
  } finally {
    await decoder.close();
  }
}

/** highlight.css's default tint, rgb(66 133 244 / 0.3), painted over white. */
export const UNDERLINE_ON_WHITE = [198, 218, 252] as const;
