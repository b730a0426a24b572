/**
 * First-run figures for a blind safety batch, through the real bot over HTTP:
 *   npx tsx scripts/safety-blind.ts test/safety/blind/batch-3.json [--misses]
 * Prints recall (emergency + crisis) and false alarms, as a first message and mid-conversation.
 */
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { loadBatch } from '../test/safety/blind/blind.batches';
import { BLIND_RUN_CONFIG, formatScore, runOverHttp, score } from '../test/safety/blind/blind.http';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx scripts/safety-blind.ts BATCH.json [--misses]');
  const messages = loadBatch(file);
  const app = buildApp(loadConfig(BLIND_RUN_CONFIG), { logger: createLogger('silent') });
  const address = await app.listen(0, '127.0.0.1');
  await app.ready;
  try {
    const results = await runOverHttp(`http://127.0.0.1:${address.port}`, messages);
    const counts = messages.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.label]: (acc[m.label] ?? 0) + 1 }), {});
    console.log(`${file}: ${messages.length} messages ${JSON.stringify(counts)}`);
    for (const where of ['first', 'mid'] as const) {
      const s = score(results, where);
      console.log(formatScore(s));
      if (process.argv.includes('--misses')) {
        for (const m of s.missed) console.log(`  missed ${m}`);
        for (const m of s.alarmed) console.log(`  alarm  ${m}`);
      }
    }
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
