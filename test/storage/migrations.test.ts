/** Migrations: every file is listed, they run once on each engine, and a restart runs nothing again. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStorage } from '../../src/storage';
import { migrations } from '../../src/storage/migrations';
import { migrateToLatest, migrationStatus } from '../../src/storage/migrate';
import { SQL_ENGINES, useSqlEngines } from '../support/databases';

const engines = useSqlEngines();

describe('migrations', () => {
  it('lists every migration file in the folder, in name order', () => {
    const files = readdirSync(join(__dirname, '../../src/storage/migrations'))
      .filter((f) => /^\d{4}_.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(Object.keys(migrations)).toEqual(files.sort());
  });

  for (const engine of SQL_ENGINES) {
    it(`run once on ${engine}; reopening runs nothing again`, async () => {
      const t = await engines.open(engine);
      try {
        const status = await migrationStatus(t.database.db);
        expect(status.map((m) => m.name)).toEqual(Object.keys(migrations));
        expect(status.every((m) => m.executedAt instanceof Date)).toBe(true);
        const reopened = await t.reopen();
        expect(await migrateToLatest(reopened.db)).toEqual([]);
      } finally {
        await t.close();
      }
    });
  }
});

describe('a SQLite file from v0.1 (key/value state and JSON handoffs)', () => {
  it('is imported: conversations, transcripts and handoffs (statuses mapped), old tables dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helpline-v0-'));
    const file = join(dir, 'triage.sqlite');
    const old = new Database(file);
    old.exec(`CREATE TABLE state (key TEXT PRIMARY KEY NOT NULL, etag TEXT NOT NULL, value TEXT NOT NULL, updated_at INTEGER NOT NULL);
      CREATE TABLE handoffs (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, status TEXT NOT NULL, conversation_key TEXT NOT NULL, record TEXT NOT NULL);
      PRAGMA user_version = 1;`);
    const key = 'conversation/webchat/c1';
    const insert = old.prepare('INSERT INTO state VALUES (?, ?, ?, ?)');
    insert.run(key, 'e1', JSON.stringify({ locale: 'en-GB', updatedAt: '2026-11-28T12:00:00.000Z' }), Date.now());
    insert.run(`transcript/${key}`, 'e2', JSON.stringify({ entries: [{ from: 'user', at: 'a', text: 'hello' }, { from: 'bot', at: 'a', text: 'Hi', importance: 'high' }] }), Date.now());
    const id = '11111111-2222-4333-8444-555555555555';
    const record = { id, createdAt: '2026-11-28T12:00:00.000Z', status: 'accepted', conversationKey: key, channelId: 'webchat', locale: 'en-GB', route: 'helpline', summary: { lines: [] }, transcript: [] };
    old.prepare('INSERT INTO handoffs VALUES (?, ?, ?, ?, ?)').run(id, record.createdAt, 'accepted', key, JSON.stringify(record));
    old.close();

    const storage = openStorage({ kind: 'sqlite', sqlitePath: file });
    try {
      await storage.ready;
      expect((await storage.state.read([key]))[key]).toMatchObject({ locale: 'en-GB' });
      expect(await storage.state.readTranscript(key)).toEqual([{ from: 'user', at: 'a', text: 'hello' }, { from: 'bot', at: 'a', text: 'Hi', importance: 'high' }]);
      expect(await storage.handoffs.get(id)).toMatchObject({ status: 'in_progress', reference: '11111111', conversationKey: key });
      const names = (await storage.database!.db.introspection.getTables()).map((t) => t.name);
      expect(names.filter((n) => n.startsWith('v0_') || n === 'state')).toEqual([]);
      // The next turn commits on top of the imported lines.
      const eTag = (await storage.state.read([key]))[key].eTag as string;
      await storage.state.commitTurn({ key, expectedETag: eTag, value: { locale: 'en-GB' }, append: [{ from: 'user', at: 'b', text: 'next' }] });
      expect((await storage.state.readTranscript(key)).map((l) => l.text)).toEqual(['hello', 'Hi', 'next']);
    } finally {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
