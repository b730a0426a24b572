/**
 * `npm run bench`: prints the cost of the bot's hot paths on this machine. Figures, not asserts
 * (machines here are shared and noisy). Everything runs on loopback and stops by itself.
 *
 *  - startup: build the app until /healthz would say ready (recognizers warmed, store open)
 *  - machine: one restore + send + persist cycle (runTurn)
 *  - HTTP turn: POST /api/messages with expectReplies, whole conversations, on each store side by
 *    side: memory, SQLite (a temp file) and PostgreSQL (DATABASE_URL if set, else a throwaway local
 *    server, as in the tests); plus the storage part of a turn alone (read + commit with lines)
 */
import './under.start.flags';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStorage, type StorageConfig } from '../src/storage';
import { startPostgres, type PostgresServer } from '../test/support/postgres.server';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { runTurn } from '../machines/snapshot';
import { botClient } from '../src/cli/bot.client';

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

const LIMITS = {
  RATE_LIMIT_CLIENT_PER_SECOND: '100000',
  RATE_LIMIT_CLIENT_BURST: '1000000',
  RATE_LIMIT_CONVERSATION_PER_SECOND: '100000',
  RATE_LIMIT_CONVERSATION_BURST: '1000000',
};

// A short scripted conversation, repeated.
const SCRIPT: Record<string, unknown>[] = [
  { type: 'conversationUpdate', membersAdded: [{ id: 'p' }] },
  { type: 'message', value: { q: 'safety', c: 'safe' } },
  { type: 'message', text: 'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026' },
  { type: 'message', text: 'yes' },
  { type: 'message', text: 'yes' },
  { type: 'message', text: 'yes' },
  { type: 'message', text: 'yes' },
  { type: 'message', text: 'help' },
];
const CONVERSATIONS = 40;

/** HTTP turns against the app on one store; returns per-turn times and the time to ready. */
async function httpTurns(env: Record<string, string>): Promise<{ startupMs: number; turns: number[] }> {
  const t0 = performance.now();
  // One client driving many conversations back to back: far over the default per-client rate limit,
  // so the limits are raised here, explicitly (429s would otherwise be measured as turns).
  const app = buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...LIMITS, ...env }), { logger: createLogger('silent') });
  await app.ready;
  const startupMs = performance.now() - t0;
  const address = await app.listen(0, '127.0.0.1');
  const turns: number[] = [];
  try {
    for (let c = 0; c < CONVERSATIONS; c++) {
      const client = botClient({ baseUrl: `http://127.0.0.1:${address.port}`, conversationId: `bench-${c}` });
      for (const activity of SCRIPT) {
        const start = performance.now();
        await client.send(activity);
        turns.push(performance.now() - start);
      }
    }
  } finally {
    await app.close();
  }
  return { startupMs, turns };
}

/** The storage part of a turn alone: read the conversation, commit the new state with 3 lines. */
async function storageCycles(config: StorageConfig, n = 600): Promise<number[]> {
  const storage = openStorage(config);
  await storage.ready;
  const samples: number[] = [];
  const value = { conversation: { machineVersion: 1, snapshot: { value: 'askingWho', context: { lines: 'x'.repeat(2000) } } }, locale: 'en-GB' };
  try {
    for (let i = 0; i < n; i++) {
      const key = `conversation/bench/${i % 20}`;
      const start = performance.now();
      const read = await storage.state.read([key]);
      const at = new Date().toISOString();
      await storage.state.commitTurn({
        key,
        expectedETag: (read[key] as { eTag?: string } | undefined)?.eTag ?? null,
        value,
        append: [{ from: 'user', at, text: 'he keeps turning up at my work' }, { from: 'bot', at, text: 'Thank you. Who is doing this?' }, { from: 'bot', at, text: 'x'.repeat(300) }],
      });
      samples.push(performance.now() - start);
    }
  } finally {
    await storage.close();
  }
  return samples;
}

async function main() {
  // Machine cycle cost.
  const at = new Date().toISOString();
  let stored: unknown = runTurn(undefined, [{ type: 'user.join', at }]).persisted;
  const machine: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const start = performance.now();
    const result = runTurn(stored, [{ type: 'user.command', command: 'help', at }]);
    stored = JSON.parse(JSON.stringify(result.persisted));
    machine.push(performance.now() - start);
  }

  const dir = mkdtempSync(join(tmpdir(), 'helpline-bench-'));
  let server: PostgresServer | undefined;
  const pgUrl = async (name: string) => {
    if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
    server ??= startPostgres();
    return server.createDatabase(name);
  };
  const rows: [string, { startupMs: number; turns: number[] }, number[]][] = [];
  try {
    rows.push(['memory', await httpTurns({ STORAGE: 'memory' }), await storageCycles({ kind: 'memory', sqlitePath: '' })]);
    rows.push([
      'SQLite',
      await httpTurns({ STORAGE: 'sqlite', SQLITE_PATH: join(dir, 'http.sqlite') }),
      await storageCycles({ kind: 'sqlite', sqlitePath: join(dir, 'cycles.sqlite') }),
    ]);
    rows.push([
      'PostgreSQL',
      await httpTurns({ STORAGE: 'postgres', DATABASE_URL: await pgUrl('bench_http') }),
      await storageCycles({ kind: 'postgres', sqlitePath: '', databaseUrl: await pgUrl('bench_cycles') }),
    ]);
  } finally {
    server?.destroy();
    rmSync(dir, { recursive: true, force: true });
  }

  const m = stats(machine);
  const rss = process.memoryUsage().rss / 1024 / 1024;
  console.log(`machine runTurn:    median ${fmt(m.median)}, p99 ${fmt(m.p99)} (n=${m.n})`);
  console.log(`HTTP turn (expectReplies, ${CONVERSATIONS} conversations x ${SCRIPT.length} turns, one at a time) and the storage part of a turn alone (read + commit with 3 transcript lines):`);
  console.log(`  ${'store'.padEnd(11)} ${'to ready'.padStart(10)} | ${'turn median'.padStart(11)} ${'p95'.padStart(9)} ${'p99'.padStart(9)} | ${'storage median'.padStart(14)} ${'p99'.padStart(9)}`);
  for (const [name, http, cycles] of rows) {
    const h = stats(http.turns);
    const c = stats(cycles);
    console.log(
      `  ${name.padEnd(11)} ${fmt(http.startupMs).padStart(10)} | ${fmt(h.median).padStart(11)} ${fmt(h.p95).padStart(9)} ${fmt(h.p99).padStart(9)} | ${fmt(c.median).padStart(14)} ${fmt(c.p99).padStart(9)}`,
    );
  }
  console.log(`RSS after run:      ${rss.toFixed(0)} MB`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
