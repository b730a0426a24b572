/**
 * `npm run bench`: prints the cost of the bot's hot paths on this machine. Figures, not asserts
 * (machines here are shared and noisy). Everything runs on loopback and stops by itself.
 *
 *  - startup: build the app until /healthz would say ready (recognizers warmed, store open)
 *  - machine: one restore + send + persist cycle (runTurn)
 *  - HTTP turn: POST /api/messages with expectReplies, whole conversations, in-memory store
 */
import { performance } from 'node:perf_hooks';
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

async function main() {
  const t0 = performance.now();
  // One client driving many conversations back to back: far over the default per-client rate limit,
  // so the limits are raised here, explicitly (429s would otherwise be measured as turns).
  const config = loadConfig({
    STORAGE: 'memory',
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_CLIENT_PER_SECOND: '100000',
    RATE_LIMIT_CLIENT_BURST: '1000000',
    RATE_LIMIT_CONVERSATION_PER_SECOND: '100000',
    RATE_LIMIT_CONVERSATION_BURST: '1000000',
  });
  const app = buildApp(config, { logger: createLogger('silent') });
  await app.ready;
  const startupMs = performance.now() - t0;
  const address = await app.listen(0, '127.0.0.1');

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

  // HTTP turns: a short scripted conversation, repeated.
  const script: Record<string, unknown>[] = [
    { type: 'conversationUpdate', membersAdded: [{ id: 'p' }] },
    { type: 'message', value: { q: 'safety', c: 'safe' } },
    { type: 'message', text: 'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026' },
    { type: 'message', text: 'yes' },
    { type: 'message', text: 'yes' },
    { type: 'message', text: 'yes' },
    { type: 'message', text: 'yes' },
    { type: 'message', text: 'help' },
  ];
  const http: number[] = [];
  const conversations = 40;
  for (let c = 0; c < conversations; c++) {
    const client = botClient({ baseUrl: `http://127.0.0.1:${address.port}`, conversationId: `bench-${c}` });
    for (const activity of script) {
      const start = performance.now();
      await client.send(activity);
      http.push(performance.now() - start);
    }
  }
  await app.close();

  const m = stats(machine);
  const h = stats(http);
  const rss = process.memoryUsage().rss / 1024 / 1024;
  console.log(`startup to ready:   ${fmt(startupMs)}`);
  console.log(`machine runTurn:    median ${fmt(m.median)}, p99 ${fmt(m.p99)} (n=${m.n})`);
  console.log(`HTTP turn:          median ${fmt(h.median)}, p95 ${fmt(h.p95)}, p99 ${fmt(h.p99)} (n=${h.n}, ${conversations} conversations)`);
  console.log(`RSS after run:      ${rss.toFixed(0)} MB`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
