/**
 * A local WXT module (WXT loads every file in modules/): copies what pdf.js fetches at run time
 * into the built extension under /pdfjs/, so the PDF viewer (entrypoints/pdf) loads nothing from
 * the network: the worker, the CMaps (CJK text), the standard fonts (the 14 base fonts PDFs name
 * without embedding) and the image decoders' WebAssembly (JPEG 2000, JBIG2 in scanned files;
 * qcms for ICC colour). The legacy build is used because the manifest promises Chrome 125 and
 * Firefox 142, and the modern one needs newer built-ins (Map.prototype.getOrInsertComputed).
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Every file of `dir` (one level: these folders are flat) whose name passes `keep`. */
function filesOf(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => `${dir}/${entry.name}`);
}

export const PDFJS_DEST = 'pdfjs';

export function pdfjsAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const files = [
    'legacy/build/pdf.worker.min.mjs',
    'LICENSE',
    ...filesOf('cmaps', (name) => name.endsWith('.bcmap') || name === 'LICENSE'),
    ...filesOf('standard_fonts', (name) => /\.(pfb|ttf|otf)$/.test(name) || name.startsWith('LICENSE')),
    // The no-WebAssembly fallback is JS loaded by URL; without it a failed decoder only skips the image.
    ...filesOf('wasm', (name) => name.endsWith('.wasm') || name.startsWith('LICENSE')),
  ];
  return files.map((file) => ({
    absoluteSrc: join(root, file),
    relativeDest: `${PDFJS_DEST}/${file.replace(/^legacy\/build\//, '')}`,
  }));
}

export default defineWxtModule((wxt) => {
  wxt.hook('build:publicAssets', (_wxt, files) => {
    files.push(...pdfjsAssets());
  });
});
