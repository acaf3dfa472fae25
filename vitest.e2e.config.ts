import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests over the built site in out/ (run `npm run build` first; `npm test` does).
// One file at a time: each drives its own headless Chromium, and CI has two cores.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // axe over a long chapter full of math takes 15–30 s on two idle cores; leave room for a busy one.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
