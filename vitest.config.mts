import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Vitest's default is one worker per CPU less one: a single worker on a 2-CPU machine, where much
    // of the suite waits on servers, browsers and databases rather than the CPU. One more than the
    // CPUs, so a file waiting on a server or a browser leaves its CPU to another (7 Dec 2026: two
    // workers left the two CPUs idle for a quarter of a fresh-clone run).
    maxWorkers: availableParallelism() + 1,
  },
});
