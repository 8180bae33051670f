import { defineConfig } from 'vitest/config';

// One runner, three projects: server (API + services, against PGlite or PostgreSQL as
// XUNCHA_TEST_DB says), web (components in jsdom) and e2e (the built system in Chromium).
export default defineConfig({
  test: {
    projects: ['server', 'web', 'e2e'],
  },
});
