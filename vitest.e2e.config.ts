import { defineConfig } from 'vitest/config';

// The browser suite: real server processes and Debian's Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    retry: 0,
  },
});
