import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser';
import { test } from './fixtures';

const POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: SHA-256 of its path, first 32 hex digits as a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/**
 * A test whose browser runs under a real managed policy for CPT Lens. Chromium on Linux reads
 * /etc/chromium/policies/managed/*.json at start-up, for the whole machine. So the extension is
 * copied to a fresh folder, which gives it an id of its own, and the policy file names only that
 * id: no other browser (parallel tests, other people's) is affected. The file goes afterwards.
 */
/**
 * How long a test waits for `chrome.storage.managed` to show the policy: Chromium loads the policy file on its own
 * schedule, several seconds after start-up on a busy 2-core CI machine (a 5 s wait failed there twice).
 */
export const POLICY_LOAD_MS = 15_000;

export function testWithPolicy(policy: Record<string, unknown>) {
  return test.extend<{ policyExtension: { dir: string; id: string } }>({
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
    policyExtension: async ({}, use) => {
      const dir = realpathSync(mkdtempSync(join(tmpdir(), 'cpt-lens-policy-ext-')));
      cpSync(EXTENSION_DIR, dir, { recursive: true });
      const id = unpackedId(dir);
      const file = join(POLICY_DIR, `cpt-lens-e2e-${id}.json`);
      try {
        mkdirSync(POLICY_DIR, { recursive: true });
        writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
      } catch (error) {
        throw new Error(`Writing Chromium's managed policy to ${POLICY_DIR} needs root (as in .ci/run): ${error}`);
      }
      await use({ dir, id });
      rmSync(file, { force: true });
      rmSync(dir, { recursive: true, force: true });
    },
    launch: async ({ policyExtension }, use) => {
      await use({ extensionDir: policyExtension.dir });
    },
  });
}
