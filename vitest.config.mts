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
    // As `npm start` runs the bot (package.json): every regex compiled to native code at its first use.
    // Without it V8 interprets a regex until it has run a while, and the tests that read thousands of
    // messages through the safety rules and phrase tables take two to three times as long.
    execArgv: ['--no-regexp-tier-up'],
  },
});
