// @vitest-environment node
/**
 * End to end: a malformed source fails the build itself with FILE:LINE: problem, through the
 * Vite plugin (vite's build API) and through `wxt build` (CPT_LENS_SOURCES points it at a folder
 * of broken sources).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { cptDataPlugin } from '../../../data/plugin';

const GOOD = readFileSync('data/sources/001_c898fc32336741b1.txt', 'utf8');
const BROKEN = GOOD.replace('Clinical Context\n', 'Clinical Contexts\n');

const dirs: string[] = [];
const savedEnv = process.env.CPT_LENS_SOURCES;
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  if (savedEnv === undefined) delete process.env.CPT_LENS_SOURCES;
  else process.env.CPT_LENS_SOURCES = savedEnv;
});
function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpt-lens-build-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Bundles a one-line entry that imports a virtual data module. */
async function bundle(source: string): Promise<string> {
  const root = tempDir({ 'index.js': source });
  const result = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [cptDataPlugin()],
    build: { write: false, minify: false, lib: { entry: join(root, 'index.js'), formats: ['es'] } },
  })) as Rollup.RollupOutput[];
  return result[0]!.output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

describe('the Vite plugin', () => {
  it('fails the build on a broken source, naming file and line', async () => {
    const sources = tempDir({ '000_ok.txt': GOOD.replace('64714', '64713'), '001_bad.txt': BROKEN });
    process.env.CPT_LENS_SOURCES = sources;
    await expect(bundle(`export { codes } from 'virtual:cpt-lens/codes';`)).rejects.toThrow(
      `${join(sources, '001_bad.txt')}:12: unknown section "Clinical Contexts"`,
    );
  });

  it('fails the build on a code defined twice', async () => {
    const sources = tempDir({ '000_a.txt': GOOD, '001_b.txt': GOOD });
    process.env.CPT_LENS_SOURCES = sources;
    await expect(bundle(`export { default } from 'virtual:cpt-lens/dataset';`)).rejects.toThrow(
      `${join(sources, '001_b.txt')}:2: code 64714 is already defined by ${join(sources, '000_a.txt')}:2`,
    );
  });

  it('the codes module carries the codes and version only; the dataset module every field', async () => {
    const codes = await bundle(`export { codes, version } from 'virtual:cpt-lens/codes';`);
    expect(codes).toContain('["64445", "64612", "64632", "64712", "64714"]');
    expect(codes).not.toContain('Neurolysis');
    const full = await bundle(`export { default } from 'virtual:cpt-lens/dataset';`);
    expect(full).toContain('Open Neurolysis of Sciatic Nerve, Release of Compression');
    expect(full).toContain('hemifacial spasm');
    expect(full).not.toContain('zod');
  });
});

describe('wxt build', () => {
  it('exits non-zero and prints FILE:LINE: problem for a malformed source', async () => {
    const sources = tempDir({ '000_bad.txt': GOOD.replace(/^CPT 64714: .*\n/m, '') });
    const out = tempDir();
    const wxt = resolve('node_modules/.bin/wxt');
    const run = promisify(execFile)(wxt, ['build'], {
      env: { ...process.env, CPT_LENS_SOURCES: sources, CPT_LENS_OUT: out, NO_COLOR: '1' },
      timeout: 120_000,
    });
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure, 'wxt build succeeded on a malformed source').toBeDefined();
    expect(failure!.code).not.toBe(0);
    expect(`${failure!.stdout}\n${failure!.stderr}`).toContain(
      `${join(sources, '000_bad.txt')}:2: missing title line: expected "CPT 12345: Title"`,
    );
  }, 150_000);
});
