import { defineConfig } from 'vitest/config';

// The built system (server/dist serving web/dist) driven through Debian's Chromium.
// One file at a time: each starts its own server and browser.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
