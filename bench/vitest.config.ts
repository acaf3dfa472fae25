import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run bench`: one test file that runs every workload for every peer in sequence, in one
// process, and prints the table. It is kept out of the unit tests (tests/**).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('../', import.meta.url)),
    include: ['bench/peers.bench.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 30 * 60 * 1000,
  },
});
