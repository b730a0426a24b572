/**
 * The bot's WAL checkpoints run on their own thread (src/storage/sqlite.checkpoints.ts): the bot's
 * connection never checkpoints inside a turn's commit, yet committed turns still reach the main
 * database file (so the log does not grow), and a tool's connection keeps SQLite's own checkpoints.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../src/storage/database';
import { useSqliteFiles } from '../support/sqlite.files';
import { SqlStateStore } from '../../src/storage/sql.state.store';

let dir: string;
let file: string;
const { openDb } = useSqliteFiles('helpline-checkpoints-', 'triage.sqlite', (d, f) => {
  dir = d;
  file = f;
});

/** Conversations in the main database file alone, as a copy without its write-ahead log would show. */
function conversationsInMainFile(): number {
  const copy = join(dir, `copy-${Date.now()}-${Math.random()}.sqlite`);
  copyFileSync(file, copy);
  const db = new BetterSqlite3(copy, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from conversations').get() as { n: number }).n;
  } catch {
    return -1; // copied mid-write: read again
  } finally {
    db.close();
  }
}

const autocheckpoint = async (database: SqlDatabase) =>
  Number(Object.values((await sql.raw('PRAGMA wal_autocheckpoint').execute(database.db)).rows[0] as object)[0]);

/** The names of this process's threads (Linux: /proc/self/task/<id>/comm). */
function threadNames(): string[] {
  return readdirSync('/proc/self/task').map((task) => readFileSync(`/proc/self/task/${task}/comm`, 'utf8').trim());
}

describe('SQLite WAL checkpoints', () => {
  it.runIf(process.platform === 'linux')("the checkpoint thread names itself for ps, top -H and the bench's CPU by thread", async () => {
    await openDb();
    let names = threadNames();
    for (let waited = 0; !names.includes('sqlite-ckpt') && waited < 10_000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
      names = threadNames();
    }
    expect(names).toContain('sqlite-ckpt');
  });

  it("the bot's connection never checkpoints; its thread moves committed turns into the main file", async () => {
    const database = await openDb();
    expect(await autocheckpoint(database)).toBe(0);
    const store = new SqlStateStore(database);
    for (let i = 0; i < 20; i++) {
      await store.commitTurn({ key: `conversation/test/c${i}`, expectedETag: null, value: { step: i }, append: [{ from: 'user', at: '2026-11-30T12:00:00Z', text: 'hi' }] });
    }
    // SQLite by itself would leave these few pages in the log until it held 1,000; the thread checkpoints within about a second.
    let inMainFile = conversationsInMainFile();
    for (let waited = 0; inMainFile !== 20 && waited < 15_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      inMainFile = conversationsInMainFile();
    }
    expect(inMainFile).toBe(20);
    // and nothing was lost or changed on the way
    const read = await store.read(['conversation/test/c7']);
    expect(read['conversation/test/c7']).toMatchObject({ step: 7 });
    expect(await store.readTranscript('conversation/test/c7')).toEqual([{ from: 'user', at: '2026-11-30T12:00:00Z', text: 'hi' }]);
  });

  it("a tool's connection keeps SQLite's own checkpoints, and the bot closes cleanly with its thread", async () => {
    const bot = await openDb('bot');
    const tool = await openDb('tool');
    expect(await autocheckpoint(tool)).toBe(1000);
    await new SqlStateStore(tool).commitTurn({ key: 'conversation/test/tool', expectedETag: null, value: { by: 'tool' } });
    await bot.close(); // closed again after the test: a second close is a no-op
    const reopened = await openDb('bot');
    expect((await new SqlStateStore(reopened).read(['conversation/test/tool']))['conversation/test/tool']).toMatchObject({ by: 'tool' });
  });
});
