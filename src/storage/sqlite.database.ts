/**
 * The embedded default: one SQLite file (better-sqlite3), owned by ONE process.
 *
 * - Exclusive locking: the file is locked for as long as the bot runs, so a second process is
 *   refused at start with a clear message (several instances need PostgreSQL) instead of
 *   queuing on SQLite's lock. Within the process there is one connection, so no turn ever waits
 *   on another's lock (the 5 s busy waits of old).
 * - At rest: the folder is created 0700 and the files 0600; secure_delete overwrites deleted
 *   content; WAL with synchronous=NORMAL (a crash loses no committed turn).
 * - The probe checks that the file it writes is still the one on disk (a deleted data folder would
 *   otherwise lose everything silently at the next restart), still a SQLite file, and that its disk
 *   has room (MIN_FREE_BYTES), then writes a row.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readSync, statSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { FieldCipher } from './cipher';
import type { Database, SqlDatabase } from './database';
import { migrateToLatest } from './migrate';
import { sqlDatabase, writeProbe } from './sql.database';
import { cachingStatements } from './sqlite.statements';
import { StorageUnavailableError } from './store';

export class SqliteInUseError extends Error {
  override readonly name = 'SqliteInUseError';
}

export interface SqliteDatabaseOptions {
  /** The database file (its folder is created), or ':memory:'. */
  path: string;
  cipher: FieldCipher;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

function prepareFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600); // also tightens a file created before this version
}

function tightenSideFiles(path: string): void {
  for (const suffix of SIDE_FILES) {
    if (existsSync(path + suffix)) chmodSync(path + suffix, 0o600);
  }
}

function fileIdentity(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** Below this much free space the disk counts as full: the next turns' writes may fail. */
export const MIN_FREE_BYTES = 8 * 1024 * 1024;

function freeBytes(path: string): number {
  const stats = statfsSync(dirname(path));
  return Number(stats.bavail) * Number(stats.bsize);
}

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The file on disk still starts like a SQLite database (corruption is caught without waiting for a read). */
function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(HEADER);
  } finally {
    closeSync(fd);
  }
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export function openSqliteDatabase(options: SqliteDatabaseOptions): SqlDatabase {
  const inMemory = options.path === ':memory:';
  if (!inMemory) prepareFile(options.path);
  // A short wait, only at start: after that this process holds the file alone.
  const sqlite = new BetterSqlite3(options.path, { timeout: 200 });
  try {
    sqlite.pragma('locking_mode = EXCLUSIVE'); // before WAL: no shared-memory index, no other process
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('secure_delete = ON');
    sqlite.pragma('foreign_keys = ON');
    sqlite.exec('BEGIN IMMEDIATE; COMMIT;'); // takes the lock now, not at the first turn
  } catch (err) {
    sqlite.close();
    if (isBusy(err)) {
      throw new SqliteInUseError(
        `Storage: ${options.path} is in use by another process. SQLite serves one bot process; ` +
          'to run several instances, use STORAGE=postgres with DATABASE_URL (see README, "Storage").',
      );
    }
    const code = (err as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new Error(`Storage: ${options.path} is not a SQLite database (corrupt?). Restore it from a backup or move it away to start empty.`);
    }
    throw err;
  }
  if (!inMemory) tightenSideFiles(options.path);
  const identity = inMemory ? undefined : fileIdentity(options.path);

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  const ready = migrateToLatest(db).then(() => undefined);
  ready.catch(() => undefined); // reported through use() and the app's readiness

  return sqlDatabase({
    engine: 'sqlite',
    db,
    cipher: options.cipher,
    ready,
    async probe(instance, now = Date.now()) {
      if (!inMemory && fileIdentity(options.path) !== identity) {
        throw new StorageUnavailableError('Storage: the SQLite file was deleted or replaced; writes would be lost at restart');
      }
      if (!inMemory && !hasSqliteHeader(options.path)) {
        throw new StorageUnavailableError('Storage: the SQLite file is corrupt');
      }
      if (!inMemory && freeBytes(options.path) < MIN_FREE_BYTES) {
        throw new StorageUnavailableError('Storage: the disk holding the SQLite file is full');
      }
      await writeProbe(db, instance, now);
    },
    close: () => db.destroy(),
  });
}
