// Draws the toolbar icon (a lens over a code bar) as PNGs at the sizes the manifest uses.
// Run once with `node scripts/make-icons.mjs`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const SS = 4; // supersampling for anti-aliased edges
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const [r, g, b, a] = pixel((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const a = acc[3] / (SS * SS);
      raw[o] = a ? acc[0] / acc[3] : 0;
      raw[o + 1] = a ? acc[1] / acc[3] : 0;
      raw[o + 2] = a ? acc[2] / acc[3] : 0;
      raw[o + 3] = Math.round(a * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BG = [18, 84, 140];
const WHITE = [255, 255, 255];
const AMBER = [255, 196, 61];
function icon(u, v) {
  // rounded square background
  const r = 0.2,
    cx = Math.min(Math.max(u, r), 1 - r),
    cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return [0, 0, 0, 0];
  // code bar (the highlighted code) under the lens
  if (v > 0.36 && v < 0.5 && u > 0.2 && u < 0.62) return [...AMBER, 1];
  // lens ring
  const d = Math.hypot(u - 0.42, v - 0.43);
  if (d > 0.22 && d < 0.3) return [...WHITE, 1];
  // handle
  const t = (u - 0.6 + (v - 0.61)) / 2;
  const px = 0.6 + t,
    py = 0.61 + t;
  if (t > 0 && t < 0.2 && Math.hypot(u - px, v - py) < 0.065) return [...WHITE, 1];
  return [...BG, 1];
}
for (const size of [16, 32, 48, 128])
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size, icon));
console.log('icons written');
