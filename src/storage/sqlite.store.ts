import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  ETagConflictError,
  StateStore,
  StoreItems,
  assertChanges,
  assertKeys,
  deserializeItem,
  isWildcardETag,
  newETag,
  serializeItem,
  setItem,
} from './store';

export interface SqliteStoreOptions {
  /** Clock used to stamp writes (for retention tests). Defaults to Date.now. */
  now?: () => number;
  /** How long to wait for another connection's write lock, in ms. Default 5000. */
  busyTimeoutMs?: number;
}

const SCHEMA_VERSION = 1;

/**
 * State store on a local SQLite file (better-sqlite3, WAL mode). The default store: survives a
 * restart, needs no service. Several processes may share one file; the eTag check and the write
 * happen in one IMMEDIATE transaction, so concurrent writers with the same eTag cannot both win.
 */
export class SqliteStore implements StateStore {
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly stmts: {
    read: Database.Statement<[string], { key: string; etag: string; value: string }>;
    etag: Database.Statement<[string], { etag: string }>;
    upsert: Database.Statement<[string, string, string, number]>;
    del: Database.Statement<[string]>;
    purge: Database.Statement<[number]>;
  };
  private readonly writeTx: (rows: [key: string, eTag: unknown, json: string][]) => void;
  private readonly deleteTx: (keys: string[]) => void;

  /** @param path database file (its folder is created), or ':memory:' */
  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path, { timeout: options.busyTimeoutMs ?? 5000 });
    try {
      this.db.pragma('journal_mode = WAL'); // ':memory:' stays 'memory'; that's fine
      this.db.pragma('synchronous = NORMAL'); // safe with WAL: a crash loses no committed write
      this.migrate();
    } catch (err) {
      this.db.close();
      throw err;
    }

    this.stmts = {
      // One bound parameter whatever the number of keys (no SQLITE_MAX_VARIABLE_NUMBER limit).
      read: this.db.prepare('SELECT key, etag, value FROM state WHERE key IN (SELECT value FROM json_each(?))'),
      etag: this.db.prepare('SELECT etag FROM state WHERE key = ?'),
      upsert: this.db.prepare(
        `INSERT INTO state (key, etag, value, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at`,
      ),
      del: this.db.prepare('DELETE FROM state WHERE key = ?'),
      purge: this.db.prepare('DELETE FROM state WHERE updated_at < ?'),
    };

    const write = this.db.transaction((rows: [string, unknown, string][]) => {
      const updatedAt = this.now();
      for (const [key, eTag, json] of rows) {
        if (!isWildcardETag(eTag) && this.stmts.etag.get(key)?.etag !== eTag) {
          throw new ETagConflictError(key); // rolls back the whole call
        }
        this.stmts.upsert.run(key, newETag(), json, updatedAt);
      }
    });
    // IMMEDIATE takes the write lock before the eTag check, so check-then-write is atomic
    // across connections and processes too.
    this.writeTx = (rows) => write.immediate(rows);
    const del = this.db.transaction((keys: string[]) => {
      for (const key of keys) this.stmts.del.run(key);
    });
    this.deleteTx = (keys) => del.immediate(keys);
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys, 'reading');
    const out: StoreItems = {};
    if (keys.length === 0) return out;
    for (const row of this.stmts.read.all(JSON.stringify(keys))) {
      setItem(out, row.key, deserializeItem(row.value, row.etag));
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    assertChanges(changes);
    const rows = Object.entries(changes).map(
      ([key, item]) => [key, (item as { eTag?: unknown } | null)?.eTag, serializeItem(key, item)] as [string, unknown, string],
    );
    if (rows.length > 0) this.writeTx(rows);
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys(keys, 'deleting');
    if (keys.length > 0) this.deleteTx(keys);
  }

  purgeOlderThan(ms: number, now: number = this.now()): number {
    return this.stmts.purge.run(now - ms).changes;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`Storage: database schema ${version} is newer than this build understands (${SCHEMA_VERSION})`);
    }
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS state (
        key        TEXT PRIMARY KEY NOT NULL,
        etag       TEXT NOT NULL,
        value      TEXT NOT NULL,   -- JSON object, without its eTag
        updated_at INTEGER NOT NULL -- ms since epoch of the last write
      );
      CREATE INDEX IF NOT EXISTS state_updated_at ON state (updated_at);
      PRAGMA user_version = ${SCHEMA_VERSION};
    `);
  }
}
