// @vitest-environment node
/**
 * scripts/ensure-browsers.mjs, run as `npm start`, `npm test` and .ci/run run it, against fake
 * browser paths and a fake apt-get that records its arguments (and, like dpkg, puts the browser
 * in place): nothing is uninstalled or installed for real.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/ensure-browsers.mjs');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cpt-lens-ensure-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function executable(name: string, body = 'exit 0'): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** A fake apt-get: logs each call; `install` creates the packages' binaries, as dpkg would. */
function fakeAptGet({ fails = false } = {}): { path: string; calls: () => string[] } {
  const log = join(dir, 'apt.log');
  const path = executable(
    'apt-get',
    [
      `echo "$DEBIAN_FRONTEND $*" >> "${log}"`,
      fails ? 'exit 100' : '',
      'if [ "$1" = install ]; then',
      '  for p in "$@"; do',
      `    case "$p" in chromium) printf '#!/bin/sh\\n' > "${dir}/chromium"; chmod +x "${dir}/chromium";;`,
      `      firefox-esr) printf '#!/bin/sh\\n' > "${dir}/firefox-esr"; chmod +x "${dir}/firefox-esr";; esac`,
      '  done',
      'fi',
    ].join('\n'),
  );
  return { path, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) };
}

function run(browsers: string[], env: Record<string, string>) {
  const { CHROMIUM_PATH: _c, FIREFOX_PATH: _f, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [SCRIPT, ...browsers], {
    encoding: 'utf8',
    env: {
      ...inherited,
      // Debian's locations, pointed into the test folder (nothing there unless a test puts it).
      CPT_LENS_CHROMIUM_DEFAULT: join(dir, 'chromium'),
      CPT_LENS_FIREFOX_DEFAULT: join(dir, 'firefox-esr'),
      CPT_LENS_APT_GET: join(dir, 'no-apt-get'),
      CPT_LENS_UID: '0',
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ensure-browsers', () => {
  it('does nothing when the browsers are there', () => {
    executable('chromium');
    executable('firefox-esr');
    const apt = fakeAptGet();
    const result = run(['chromium', 'firefox'], { CPT_LENS_APT_GET: apt.path });
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(apt.calls()).toEqual([]);
  });

  it('accepts CHROMIUM_PATH / FIREFOX_PATH in place of Debian’s browsers', () => {
    const apt = fakeAptGet();
    const result = run(['chromium', 'firefox'], {
      CPT_LENS_APT_GET: apt.path,
      CHROMIUM_PATH: executable('google-chrome'),
      FIREFOX_PATH: executable('firefox'),
    });
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(apt.calls()).toEqual([]);
  });

  it('missing, as root with apt-get: says so, runs apt-get update once, then installs both packages', () => {
    const apt = fakeAptGet();
    const result = run(['chromium', 'firefox'], { CPT_LENS_APT_GET: apt.path });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("installing Debian's chromium firefox-esr with apt-get");
    expect(apt.calls()).toEqual(['noninteractive update -qq', 'noninteractive install -y -qq chromium firefox-esr']);
    expect(existsSync(join(dir, 'chromium'))).toBe(true);
  });

  it('installs only what the command needs (npm start: Chromium) and only what is missing', () => {
    executable('chromium');
    const apt = fakeAptGet();
    expect(run(['chromium'], { CPT_LENS_APT_GET: apt.path }).status).toBe(0);
    expect(apt.calls()).toEqual([]);
    expect(run(['chromium', 'firefox'], { CPT_LENS_APT_GET: apt.path }).status).toBe(0);
    expect(apt.calls()).toEqual(['noninteractive update -qq', 'noninteractive install -y -qq firefox-esr']);
  });

  it('missing, not root: one line naming the exact command and the variables; exit 1; apt-get untouched', () => {
    const apt = fakeAptGet();
    const result = run(['chromium', 'firefox'], { CPT_LENS_APT_GET: apt.path, CPT_LENS_UID: '1000' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('`sudo apt-get update && sudo apt-get install -y chromium firefox-esr`');
    expect(result.stderr).toContain('CHROMIUM_PATH / FIREFOX_PATH');
    expect(apt.calls()).toEqual([]);
  });

  it('missing, no apt-get (macOS, Windows, other Linux): one line naming the packages and CHROMIUM_PATH; exit 1', () => {
    const result = run(['chromium'], {});
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('install chromium');
    expect(result.stderr).toContain('set CHROMIUM_PATH');
    expect(result.stderr).not.toContain('firefox');
  });

  it('CHROMIUM_PATH naming nothing: one line, exit 1, no install even as root', () => {
    const apt = fakeAptGet();
    const result = run(['chromium'], { CPT_LENS_APT_GET: apt.path, CHROMIUM_PATH: join(dir, 'nowhere') });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`CHROMIUM_PATH is set to ${join(dir, 'nowhere')}`);
    expect(apt.calls()).toEqual([]);
  });

  it('a failing apt-get: one line, exit 1', () => {
    const apt = fakeAptGet({ fails: true });
    const result = run(['firefox'], { CPT_LENS_APT_GET: apt.path });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toContain('`apt-get update -qq` failed (exit 100)');
    expect(apt.calls()).toEqual(['noninteractive update -qq']);
  });

  it('refuses an unknown browser name', () => {
    const result = run(['chrome'], {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('usage: node scripts/ensure-browsers.mjs chromium [firefox]');
  });
});
