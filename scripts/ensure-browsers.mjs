// Makes sure the browsers a command needs are installed, before it builds anything:
//   node scripts/ensure-browsers.mjs chromium           (npm start)
//   node scripts/ensure-browsers.mjs chromium firefox   (npm test, .ci/run)
// Plain Node with no dependencies: .ci/run calls it before `npm install`, and `npm start` on macOS
// or Windows runs it too (there it only checks CHROMIUM_PATH).
//
// - CHROMIUM_PATH / FIREFOX_PATH set: that browser is used; if it is not there, stop (no install:
//   installing Debian's package would not put a browser at that path).
// - Otherwise Debian's /usr/bin/chromium and /usr/bin/firefox-esr. Missing, as root, with apt-get:
//   say so, `apt-get update` once, `apt-get install` the missing packages. Missing otherwise: stop
//   with one line naming the command to run and the variables for a browser elsewhere.
// Never downloads a browser build of its own (no tool here may).
//
// For test/unit/ensure-browsers.test.ts, which must not uninstall anything:
//   CPT_LENS_CHROMIUM_DEFAULT, CPT_LENS_FIREFOX_DEFAULT: where Debian's packages put the browsers;
//   CPT_LENS_APT_GET: the apt-get to run (default: apt-get on PATH); CPT_LENS_UID: the user id.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const env = process.env;

const BROWSERS = {
  chromium: {
    name: 'Chromium',
    variable: 'CHROMIUM_PATH',
    debianPath: env.CPT_LENS_CHROMIUM_DEFAULT || '/usr/bin/chromium',
    debianPackage: 'chromium',
  },
  firefox: {
    name: 'Firefox',
    variable: 'FIREFOX_PATH',
    debianPath: env.CPT_LENS_FIREFOX_DEFAULT || '/usr/bin/firefox-esr',
    debianPackage: 'firefox-esr',
  },
};

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The apt-get to run, or undefined when this is not a Debian-like system. */
function findAptGet() {
  if (env.CPT_LENS_APT_GET !== undefined) return isExecutable(env.CPT_LENS_APT_GET) ? env.CPT_LENS_APT_GET : undefined;
  if (process.platform !== 'linux') return undefined;
  return (env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'apt-get'))
    .find(isExecutable);
}

function isRoot() {
  if (env.CPT_LENS_UID !== undefined) return env.CPT_LENS_UID === '0';
  return process.getuid?.() === 0;
}

/** @param {string} line */
function stop(line) {
  console.error(`CPT Lens: ${line}`);
  process.exit(1);
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BROWSERS));
if (wanted.length === 0 || unknown.length > 0) {
  stop(`usage: node scripts/ensure-browsers.mjs chromium [firefox] (unknown: ${unknown.join(' ') || 'none given'})`);
}
const browsers = wanted.map((name) => BROWSERS[/** @type {keyof typeof BROWSERS} */ (name)]);

// A browser named by its variable is the user's choice: check it, never install over it.
for (const browser of browsers) {
  const chosen = env[browser.variable];
  if (chosen && !isExecutable(chosen)) {
    stop(
      `${browser.variable} is set to ${chosen}, which is not an executable file: correct it, or unset it to use Debian's ${browser.debianPackage} (${browser.debianPath}).`,
    );
  }
}

const missing = browsers.filter((browser) => !env[browser.variable] && !isExecutable(browser.debianPath));
if (missing.length > 0) {
  const packages = missing.map((browser) => browser.debianPackage);
  const names = missing.map((browser) => `${browser.name} (${browser.debianPath})`).join(' and ');
  const variables = missing.map((browser) => browser.variable).join(' / ');
  const aptGet = findAptGet();
  if (!aptGet || !isRoot()) {
    const install = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
    stop(
      aptGet
        ? `${names} missing: run \`${install}\`, or set ${variables} to a browser installed elsewhere.`
        : `${names} missing: install ${packages.join(' and ')} (on Debian/Ubuntu: \`${install}\`), or set ${variables} to an installed ${missing.map((browser) => browser.name).join(' / ')} (Chrome works for ${BROWSERS.chromium.variable}).`,
    );
  }
  console.log(`CPT Lens: ${names} missing: installing Debian's ${packages.join(' ')} with apt-get.`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const result = spawnSync(aptGet, args, { stdio: ['ignore', 'ignore', 'inherit'], env: aptEnv });
    if (result.status !== 0) {
      stop(
        `\`apt-get ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`}): fix apt, or set ${variables}.`,
      );
    }
  }
  const stillMissing = missing.filter((browser) => !isExecutable(browser.debianPath));
  if (stillMissing.length > 0) {
    stop(
      `apt-get installed ${packages.join(' ')}, but ${stillMissing.map((b) => b.debianPath).join(' and ')} is still missing: set ${variables} to the browser's path.`,
    );
  }
}
