import { defineConfig } from 'vitest/config';

const backend = process.env.XUNCHA_TEST_DB ?? 'pglite';

export default defineConfig({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own database; two at a time suits the 2-core machines.
    maxWorkers: 2,
    env: { XUNCHA_TEST_DB: backend },
  },
});
