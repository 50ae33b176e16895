import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Each worker runs its own Chromium with the extension; two cores on CI.
  workers: process.env.CI ? 2 : undefined,
  fullyParallel: true,
  // No retry: the flakes that once needed one were races, now fixed (a cross-origin frame laid out
  // after our first measure: lib/page/layout-watch.ts; tests acting before a page was ready; the
  // long-task test counting V8's own GC tasks as ours). A test that fails must fail.
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  forbidOnly: true,
});
