/**
 * kill -9 of a bot on SQLite mid-load, with its WAL checkpoints running on their own thread
 * (src/storage/sqlite.checkpoints.ts): every acknowledged turn is in the transcript after a restart
 * of the file, exactly once and in order. (The same guarantee on PostgreSQL: two.instances.test.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFieldCipher } from '../../src/storage/cipher';
import type { SqlDatabase } from '../../src/storage/database';
import { openSqliteDatabase } from '../../src/storage/sqlite.database';
import { SqlStateStore } from '../../src/storage/sql.state.store';
import { startBotProcess, type BotProcess } from '../support/bot.process';
import { sendTurn, type TurnOutcome } from '../support/turn.outcome';

const dir = mkdtempSync(join(tmpdir(), 'helpline-sqlite-kill-'));
let bot: BotProcess | undefined;
let database: SqlDatabase | undefined;

afterAll(async () => {
  await bot?.kill('SIGKILL');
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a bot on SQLite killed with kill -9 mid-load', () => {
  it('loses no acknowledged turn', async () => {
    const file = join(dir, 'triage.sqlite');
    bot = await startBotProcess({
      STORAGE: 'sqlite',
      SQLITE_PATH: file,
      RATE_LIMIT_CLIENT_PER_SECOND: '100000',
      RATE_LIMIT_CLIENT_BURST: '1000000',
      RATE_LIMIT_CONVERSATION_PER_SECOND: '100000',
      RATE_LIMIT_CONVERSATION_BURST: '1000000',
    });
    const sent = new Map<string, { text: string; outcome: TurnOutcome }[]>();
    let acknowledged = 0;
    let killing: Promise<void> | undefined;
    const conversations = Array.from({ length: 48 }, (_, c) => `kill-${c}`);
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < conversations.length) {
          const conversation = conversations[next++]!;
          const lines: { text: string; outcome: TurnOutcome }[] = [];
          sent.set(conversation, lines);
          for (let i = 0; i < 8 && !killing; i++) {
            const text = `ref ${conversation} n${i}`;
            const outcome = await sendTurn(bot!.url, conversation, text);
            lines.push({ text, outcome });
            if (outcome === 'acknowledged' && ++acknowledged === 200) killing = bot!.kill('SIGKILL');
          }
        }
      }),
    );
    await killing;
    expect(bot.child.signalCode).toBe('SIGKILL');
    const all = [...sent.values()].flat();
    expect(all.filter((s) => s.outcome !== 'acknowledged' && s.outcome !== 'unreachable')).toEqual([]);

    // The file as the next bot finds it (the lock went with the killed process).
    database = openSqliteDatabase({ path: file, cipher: createFieldCipher(undefined) });
    await database.ready;
    const store = new SqlStateStore(database);
    for (const [conversation, lines] of sent) {
      const stored = (await store.readTranscript(`conversation/webchat/${conversation}`)).filter((l) => l.from === 'user').map((l) => l.text);
      const acknowledgedTexts = lines.filter((l) => l.outcome === 'acknowledged').map((l) => l.text);
      // every acknowledged turn once, in order; a turn cut off by the kill at most once, after them
      expect(stored.slice(0, acknowledgedTexts.length), conversation).toEqual(acknowledgedTexts);
      expect(stored.length - acknowledgedTexts.length, conversation).toBeLessThanOrEqual(lines.length - acknowledgedTexts.length);
    }
    expect(acknowledged).toBeGreaterThanOrEqual(200);
  }, 300_000);
});
