/**
 * Several instances on one PostgreSQL: two real bot processes share a throwaway server.
 *  - 200 conversations whose turns alternate between the instances;
 *  - bursts of concurrent turns on one conversation, split across both;
 *  - kill -9 of one instance mid-load.
 * Every acknowledged turn (200 with a real reply, not the fail-safe) is in the transcript exactly
 * once and in order; no turn is duplicated; no 5xx.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/storage/database';
import { startBotProcess, type BotProcess } from '../support/bot.process';
import { sendTurn, type TurnOutcome } from '../support/turn.outcome';
import { usePostgresServer } from '../support/postgres';

const postgres = usePostgresServer();
const bots: BotProcess[] = [];
let db: Kysely<Database> | undefined;

afterAll(async () => {
  await Promise.all(bots.map((b) => b.kill('SIGKILL')));
  await db?.destroy();
});

const send = (bot: BotProcess, conversation: string, text: string) => sendTurn(bot.url, conversation, text);

async function userLines(conversation: string): Promise<{ turn: number; text: string }[]> {
  const rows = await db!
    .selectFrom('transcript_lines')
    .select(['turn', 'text', 'sender'])
    .where('conversation_key', '=', `conversation/webchat/${encodeURIComponent(conversation)}`)
    .orderBy('turn')
    .orderBy('position')
    .execute();
  return rows.filter((r) => r.sender === 'user').map((r) => ({ turn: r.turn, text: r.text }));
}

/** Runs `work` over `items`, `concurrency` at a time. */
async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

interface Sent {
  text: string;
  outcome: TurnOutcome;
}

/** Every acknowledged text exactly once, in the order sent; others at most once; one user line per turn. */
async function expectTranscript(conversation: string, sent: Sent[], ordered = true): Promise<void> {
  const lines = await userLines(conversation);
  const texts = lines.map((l) => l.text);
  const acknowledged = sent.filter((s) => s.outcome === 'acknowledged').map((s) => s.text);
  for (const s of sent) {
    const count = texts.filter((t) => t === s.text).length;
    if (s.outcome === 'acknowledged') expect(count, `${conversation}: "${s.text}" acknowledged`).toBe(1);
    else expect(count, `${conversation}: "${s.text}" (${s.outcome})`).toBeLessThanOrEqual(1);
  }
  expect(new Set(lines.map((l) => l.turn)).size, `${conversation}: one user line per turn`).toBe(lines.length);
  if (ordered) expect(texts.filter((t) => acknowledged.includes(t))).toEqual(acknowledged);
}

describe('two bot instances on one PostgreSQL', () => {
  it('alternating turns, bursts on one conversation, and kill -9 of one instance lose and duplicate nothing', async () => {
    const url = await postgres.createDatabase();
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) });
    const env = {
      STORAGE: 'postgres',
      DATABASE_URL: url,
      RATE_LIMIT_CLIENT_PER_SECOND: '100000',
      RATE_LIMIT_CLIENT_BURST: '1000000',
      RATE_LIMIT_CONVERSATION_PER_SECOND: '100000',
      RATE_LIMIT_CONVERSATION_BURST: '1000000',
    };
    // Both start (and migrate) at once against an empty database.
    bots.push(...(await Promise.all([startBotProcess(env), startBotProcess(env)])));
    const [a, b] = bots as [BotProcess, BotProcess];
    const tally = new Map<TurnOutcome, number>();
    const count = (o: TurnOutcome) => tally.set(o, (tally.get(o) ?? 0) + 1);

    // 1. 200 conversations, 4 turns each, alternating A, B, A, B; 16 conversations at a time.
    const alternating = new Map<string, Sent[]>();
    await pool(Array.from({ length: 200 }, (_, c) => `alt-${c}`), 16, async (conversation) => {
      const sent: Sent[] = [];
      for (let i = 0; i < 4; i++) {
        const text = `ref ${conversation} n${i}`;
        const outcome = await send(i % 2 === 0 ? a : b, conversation, text);
        count(outcome);
        sent.push({ text, outcome });
      }
      alternating.set(conversation, sent);
    });
    expect(Object.fromEntries(tally)).toEqual({ acknowledged: 800 });
    for (const [conversation, sent] of alternating) await expectTranscript(conversation, sent);

    // 2. Bursts: 20 turns at once on one conversation, 10 through each instance (three times).
    for (let burst = 0; burst < 3; burst++) {
      const conversation = `burst-${burst}`;
      await send(a, conversation, `ref ${conversation} start`);
      const sent = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const text = `ref ${conversation} m${i}`;
          return { text, outcome: await send(i % 2 === 0 ? a : b, conversation, text) };
        }),
      );
      const failures = bots.flatMap((bot) => bot.logs().split('\n').filter((l) => l.includes('turn.failed')));
      expect(failures, 'turn failures logged').toEqual([]);
      expect(sent.map((s) => s.outcome)).toEqual(Array(20).fill('acknowledged'));
      await expectTranscript(conversation, sent, false);
    }

    // 3. kill -9 B mid-load: 60 conversations of 6 alternating turns; once B is gone, its turns go to A.
    const killed = new Map<string, Sent[]>();
    tally.clear();
    let acknowledgedSoFar = 0;
    let killing: Promise<void> | undefined;
    await pool(Array.from({ length: 60 }, (_, c) => `kill-${c}`), 16, async (conversation) => {
      const sent: Sent[] = [];
      for (let i = 0; i < 6; i++) {
        const text = `ref ${conversation} n${i}`;
        let outcome = await send(i % 2 === 0 || killing ? a : b, conversation, text);
        if (outcome === 'unreachable') {
          // B died under this turn: the person (their channel) sends it again, to A.
          sent.push({ text, outcome });
          outcome = await send(a, conversation, `${text} again`);
          sent.push({ text: `${text} again`, outcome });
        } else {
          sent.push({ text, outcome });
        }
        count(outcome);
        if (outcome === 'acknowledged' && ++acknowledgedSoFar === 100) killing = b.kill('SIGKILL');
      }
      killed.set(conversation, sent);
    });
    await killing;
    expect(b.child.signalCode).toBe('SIGKILL');
    const outcomes = Object.fromEntries(tally);
    expect(Object.keys(outcomes).filter((o) => o.startsWith('http-'))).toEqual([]); // no 5xx (nor 4xx)
    expect(outcomes['failsafe'] ?? 0).toBe(0);
    for (const [conversation, sent] of killed) await expectTranscript(conversation, sent);
    const total = [...killed.values()].flat().filter((s) => s.outcome === 'acknowledged').length;
    console.log(`two instances: 800 alternating turns, 3 bursts of 20, ${total} turns through kill -9 (${[...killed.values()].flat().filter((s) => s.outcome === 'unreachable').length} unreachable, resent to A)`);
  }, 600_000);
});
