import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Vitest's default is one worker per CPU less one: a single worker on a 2-CPU machine, where much
    // of the suite waits on servers, browsers and databases rather than the CPU. Two at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
