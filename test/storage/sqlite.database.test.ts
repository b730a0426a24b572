/**
 * SQLite specifics beyond the shared contract: one bot process per file (a second is refused with a
 * pointer to PostgreSQL; tools such as the staff CLI open it alongside), files are private (0600) and deleted text is overwritten (secure_delete),
 * and the write probe notices a full disk, a corrupt file and a deleted data folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from '../../src/storage/cipher';
import type { SqlDatabase } from '../../src/storage/database';
import { openSqliteDatabase } from '../../src/storage/sqlite.database';
import { useSqliteFiles } from '../support/sqlite.files';
import { SqlStateStore } from '../../src/storage/sql.state.store';

let dir: string;
let file: string;
const { openDb } = useSqliteFiles('helpline-sqlite-', join('data', 'triage.sqlite'), (d, f) => {
  dir = d;
  file = f;
});

describe('SQLite file', () => {
  it('creates its folder 0700 and its files 0600, WAL, secure_delete on', async () => {
    const database = await openDb();
    const store = new SqlStateStore(database);
    await store.write({ k: { v: 1 } });
    expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
    const pragma = async (name: string) => Object.values((await sql.raw(`PRAGMA ${name}`).execute(database.db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('secure_delete')).toBe(1);
    expect(String(await pragma('locking_mode'))).toBe('normal'); // tools open it alongside the bot
    expect(statSync(`${file}.bot-lock`).mode & 0o777).toBe(0o600);
  });

  it('a bot waits at most 100 ms for a tool once serving; a tool waits 2 s and takes no bot lock', async () => {
    const bot = await openDb();
    const busy = async (database: SqlDatabase) => Number(Object.values((await sql.raw('PRAGMA busy_timeout').execute(database.db)).rows[0] as object)[0]);
    expect(await busy(bot)).toBe(100);
    const tool = await openDb('tool');
    expect(await busy(tool)).toBe(2000);
    await tool.probe('tool'); // writes beside the bot
    await bot.probe('bot');
  });

  it('leaves no trace of deleted text in the file (secure_delete)', async () => {
    let database = await openDb();
    const marker = 'SECRET-ADDRESS-12-ACACIA-AVENUE';
    await new SqlStateStore(database).commitTurn({
      key: 'conversation/webchat/c1',
      expectedETag: null,
      value: { story: marker.repeat(20) },
      append: [{ from: 'user', at: '2026-11-28T12:00:00Z', text: marker.repeat(20) }],
    });
    await database.close(); // checkpoints: the text is now in the main file
    expect(readFileSync(file).includes(marker)).toBe(true);
    database = await openDb();
    await new SqlStateStore(database).delete(['conversation/webchat/c1']);
    await database.close();
    expect(readFileSync(file).includes(marker)).toBe(false);
  });

  it('refuses a second process on the same file, pointing to PostgreSQL', async () => {
    await openDb();
    const tsx = resolve(__dirname, '../../node_modules/.bin/tsx');
    const out = execFileSync(tsx, [join(__dirname, 'fixtures', 'open-sqlite.ts'), file], { encoding: 'utf8' });
    expect(out).toMatch(/SqliteInUseError: .*in use by another process.*STORAGE=postgres/);
  });

  it('lets a tool process open it and write while the bot holds it; the bot sees the write', async () => {
    const database = await openDb();
    const tsx = resolve(__dirname, '../../node_modules/.bin/tsx');
    expect(execFileSync(tsx, [join(__dirname, 'fixtures', 'open-sqlite.ts'), file, 'tool'], { encoding: 'utf8' })).toContain('opened');
    // The fixture's tool wrote its probe row through its own connection.
    const rows = await database.db.selectFrom('storage_probes').select('instance').execute();
    expect(rows.map((r) => r.instance)).toContain('tool-fixture');
  });

  it('refuses a second bot in the same process too, and lets one in after the first closes', async () => {
    const first = await openDb();
    expect(() => openSqliteDatabase({ path: file, cipher: createFieldCipher(undefined) })).toThrow(/in use by another process/);
    await first.close();
    const second = await openDb();
    await expect(second.probe('second')).resolves.toBeUndefined();
  });

  it('lets the next process open it once the first has gone', async () => {
    const database = await openDb();
    await database.close();
    const tsx = resolve(__dirname, '../../node_modules/.bin/tsx');
    expect(execFileSync(tsx, [join(__dirname, 'fixtures', 'open-sqlite.ts'), file], { encoding: 'utf8' })).toContain('opened');
  });

  it('refuses to start on a file that is not a database', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(file, 'this is not a database'.repeat(100));
    expect(() => openSqliteDatabase({ path: file, cipher: createFieldCipher(undefined) })).toThrow(/not a SQLite database/);
  });
});

describe('the write probe', () => {
  it('passes on a healthy file', async () => {
    const database = await openDb();
    await expect(database.probe('instance-1')).resolves.toBeUndefined();
  });

  it('fails when the data folder is deleted (writes would vanish at restart)', async () => {
    const database = await openDb();
    rmSync(join(dir, 'data'), { recursive: true, force: true });
    await expect(database.probe('instance-1')).rejects.toThrow(/deleted or replaced/);
  });

  it('fails when the file is corrupted under it', async () => {
    const database = await openDb();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    closeSync(fd);
    await expect(database.probe('instance-1')).rejects.toThrow(/corrupt/);
  });

  it('fails while SQLite can get no more pages (SQLITE_FULL), and passes again when it can', async () => {
    const database = await openDb();
    const store = new SqlStateStore(database);
    await database.probe('warm');
    const pages = Number(Object.values((await sql.raw('PRAGMA page_count').execute(database.db)).rows[0] as object)[0]);
    await sql.raw(`PRAGMA max_page_count = ${pages}`).execute(database.db); // the "disk" is now full
    const big = { blob: 'x'.repeat(200_000) };
    await expect(store.write({ big })).rejects.toThrow(); // SQLite rolls back itself on SQLITE_FULL
    await expect(database.probe('a-new-instance-row-needs-room'.repeat(200))).rejects.toMatchObject({ code: 'SQLITE_FULL' });
    await sql.raw('PRAGMA max_page_count = 1073741823').execute(database.db);
    await expect(database.probe('a-new-instance-row-needs-room'.repeat(200))).resolves.toBeUndefined();
  });
});
