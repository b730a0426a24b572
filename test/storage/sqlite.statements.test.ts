/**
 * The SQLite statement cache behind Kysely: the same statement is reused for the same SQL, a
 * statement still being iterated is never handed out again, the cache stays bounded, and queries
 * through Kysely give the same results as before (including after a schema change).
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { cachingStatements } from '../../src/storage/sqlite.statements';

const open: BetterSqlite3.Database[] = [];
function memoryDb(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

describe('cachingStatements', () => {
  it('reuses the prepared statement for the same SQL', () => {
    const db = cachingStatements(memoryDb());
    const a = db.prepare('SELECT 1 AS one');
    const b = db.prepare('SELECT 1 AS one');
    expect(b).toBe(a);
    expect(db.prepare('SELECT 2 AS two')).not.toBe(a);
    expect(b.all([])).toEqual([{ one: 1 }]);
  });

  it('prepares a fresh statement while the kept one is still iterating', () => {
    const raw = memoryDb();
    raw.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3);');
    const db = cachingStatements(raw);
    const query = 'SELECT n FROM t ORDER BY n';
    const seen: unknown[] = [];
    for (const row of db.prepare(query).iterate([])) {
      // The same SQL again mid-iteration: reusing the busy statement would throw.
      seen.push([row, db.prepare(query).all([]).length]);
    }
    expect(seen).toEqual([
      [{ n: 1 }, 3],
      [{ n: 2 }, 3],
      [{ n: 3 }, 3],
    ]);
  });

  it('keeps at most the given number of statements, least recently used out first', () => {
    const db = cachingStatements(memoryDb(), 2);
    const one = db.prepare('SELECT 1');
    const two = db.prepare('SELECT 2');
    expect(db.prepare('SELECT 1')).toBe(one); // now most recently used
    db.prepare('SELECT 3'); // evicts SELECT 2
    expect(db.prepare('SELECT 1')).toBe(one);
    expect(db.prepare('SELECT 2')).not.toBe(two);
  });

  it('serves Kysely: inserts, reads and a schema change give the right rows', async () => {
    const raw = memoryDb();
    const kysely = new Kysely<{ notes: { id: number; body: string } }>({ dialect: new SqliteDialect({ database: cachingStatements(raw) }) });
    await kysely.schema.createTable('notes').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('body', 'text').execute();
    for (const [id, body] of [[1, 'a'], [2, 'b']] as const) await kysely.insertInto('notes').values({ id, body }).execute();
    const read = () => kysely.selectFrom('notes').selectAll().orderBy('id').execute();
    expect(await read()).toEqual([{ id: 1, body: 'a' }, { id: 2, body: 'b' }]);
    await sql`ALTER TABLE notes ADD COLUMN extra TEXT DEFAULT 'x'`.execute(kysely);
    expect(await read()).toEqual([{ id: 1, body: 'a', extra: 'x' }, { id: 2, body: 'b', extra: 'x' }]);
    await kysely.destroy();
    expect(raw.open).toBe(false);
  });
});
