import { afterEach, describe, expect, it, vi } from 'vitest';

/** lib/page/counting.ts read afresh, under the environment the test stubs. */
async function counting(): Promise<boolean> {
  vi.resetModules();
  return (await import('../../../lib/page/counting')).COUNTING;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('COUNTING: the bench’s counters, in the builds that read them', () => {
  it('counts in the tests (not a production build)', async () => {
    expect(import.meta.env.PROD).toBe(false);
    expect(await counting()).toBe(true);
  });

  it('counts nothing in the shipped build', async () => {
    vi.stubEnv('PROD', true);
    expect(await counting()).toBe(false);
  });

  it('counts in the bench’s build (WXT_CPT_LENS_BENCH=1)', async () => {
    vi.stubEnv('PROD', true);
    vi.stubEnv('WXT_CPT_LENS_BENCH', '1');
    expect(await counting()).toBe(true);
  });
});
