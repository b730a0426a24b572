/**
 * Kysely's SQLite driver prepares every query afresh (`db.prepare(sql)` on each call): SQLite
 * parses and plans the same few statements on every turn (~1 s of CPU in the 2,048 turns of
 * `npm run bench:http`). This hands Kysely a database whose `prepare` keeps the statements it has
 * made, by SQL text, least recently used first out. A statement still being iterated (`busy`) is
 * never handed out twice: a fresh one is prepared for that call. Schema changes are safe: SQLite
 * re-prepares a kept statement itself when the schema it was planned against changes.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** More than the distinct statements the stores use (IN lists of different lengths included). */
const DEFAULT_MAX_STATEMENTS = 256;

export function cachingStatements(sqlite: BetterSqlite3.Database, maxStatements = DEFAULT_MAX_STATEMENTS): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      kept.clear();
      sqlite.close();
    },
    prepare(sql: string) {
      const statement = kept.get(sql);
      if (statement && !statement.busy) {
        // Most recently used last: Map keeps insertion order.
        kept.delete(sql);
        kept.set(sql, statement);
        return statement;
      }
      const fresh = sqlite.prepare(sql);
      if (!statement) {
        kept.set(sql, fresh);
        if (kept.size > maxStatements) kept.delete(kept.keys().next().value!);
      }
      return fresh;
    },
  };
}
