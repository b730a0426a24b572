/**
 * The embedded default: one SQLite file (better-sqlite3), served by ONE bot process.
 *
 * - One bot per file: a bot process holds an OS lock on a sidecar file (`<file>.bot-lock`, a tiny
 *   SQLite file kept in exclusive locking mode) for as long as it runs, so a second bot process is
 *   refused at start with a clear message (several instances need PostgreSQL) instead of two
 *   processes racing on one file. The kernel releases the lock when the process ends, even on kill -9.
 * - Short-lived tools (`npm run staff`, `npm run migrate`) open the database itself alongside the
 *   bot: normal locking, WAL (readers never block the writer), and write transactions that start
 *   IMMEDIATE so a busy wait happens at BEGIN, where SQLite's busy timeout applies. The bot waits at
 *   most BOT_BUSY_MS for a tool's write (better-sqlite3 waits synchronously); a tool waits TOOL_BUSY_MS.
 * - At rest: the folder is created 0700 and the files 0600; secure_delete overwrites deleted
 *   content; WAL with synchronous=NORMAL (a crash loses no committed turn). The bot's WAL
 *   checkpoints (the one step that fsyncs) run on a thread of their own (sqlite.checkpoints.ts),
 *   so no turn's commit blocks the event loop on one.
 * - The probe checks that the file it writes is still the one on disk (a deleted data folder would
 *   otherwise lose everything silently at the next restart), still a SQLite file, and that its disk
 *   has room (MIN_FREE_BYTES), then writes a row.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readSync, statSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, type Driver } from 'kysely';
import type { FieldCipher } from './cipher';
import type { Database, SqlDatabase } from './database';
import { backfillRiskColumns } from './handoff.risk';
import { migrateToLatest } from './migrate';
import { sqlDatabase, writeProbe } from './sql.database';
import { startCheckpointThread, type CheckpointThread } from './sqlite.checkpoints';
import { cachingStatements } from './sqlite.statements';
import { StorageUnavailableError } from './store';

export class SqliteInUseError extends Error {
  override readonly name = 'SqliteInUseError';
}

export interface SqliteDatabaseOptions {
  /** The database file (its folder is created), or ':memory:'. */
  path: string;
  cipher: FieldCipher;
  /**
   * `bot` (default): takes the one-bot lock, refused while another bot holds it. `tool`: a
   * short-lived command (staff CLI, migrate) that works while the bot runs.
   */
  role?: SqliteRole;
}

export type SqliteRole = 'bot' | 'tool';

/** How long a bot's statement waits for a tool's write transaction (kept short: the wait blocks the event loop). */
export const BOT_BUSY_MS = 100;
/** How long a tool waits for the bot's write transaction (a turn's commit takes milliseconds). */
export const TOOL_BUSY_MS = 2000;

/** Begins every transaction IMMEDIATE: it takes the write lock (or waits busy_timeout for it) up front. */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

/**
 * The one-bot lock: a sidecar SQLite file in exclusive locking mode with a write done, so this
 * connection holds an exclusive POSIX lock on it until it is closed or the process ends. Another
 * process (or another bot database in this process) gets SQLITE_BUSY at once.
 */
function takeBotLock(path: string): BetterSqlite3.Database {
  const lockPath = `${path}.bot-lock`;
  closeSync(openSync(lockPath, 'a', 0o600));
  chmodSync(lockPath, 0o600);
  const lock = new BetterSqlite3(lockPath, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.pragma('journal_mode = MEMORY'); // no side files
    lock.exec('CREATE TABLE IF NOT EXISTS bot_lock (held integer); BEGIN EXCLUSIVE; DELETE FROM bot_lock; INSERT INTO bot_lock VALUES (1); COMMIT;');
    return lock;
  } catch (err) {
    lock.close();
    if (isBusy(err)) throw inUse(path);
    throw err;
  }
}

const inUse = (path: string) =>
  new SqliteInUseError(
    `Storage: ${path} is in use by another process (a bot is already running on it). SQLite serves one bot process; ` +
      'to run several instances, use STORAGE=postgres with DATABASE_URL (see README, "Storage"). ' +
      '`npm run staff` and `npm run migrate` work while the bot runs.',
  );

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
  const role = options.role ?? 'bot';
  if (!inMemory) prepareFile(options.path);
  const botLock = !inMemory && role === 'bot' ? takeBotLock(options.path) : undefined;
  // Opening may wait a little longer than later statements (a tool may be mid-write as the bot starts).
  const sqlite = new BetterSqlite3(options.path, { timeout: TOOL_BUSY_MS });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('secure_delete = ON');
    sqlite.pragma('foreign_keys = ON');
    sqlite.exec('BEGIN IMMEDIATE; COMMIT;'); // fails now (corrupt, busy), not at the first turn
  } catch (err) {
    sqlite.close();
    botLock?.close();
    if (isBusy(err)) throw new StorageUnavailableError(`Storage: ${options.path} stayed locked by another process for ${TOOL_BUSY_MS} ms`);
    const code = (err as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new Error(`Storage: ${options.path} is not a SQLite database (corrupt?). Restore it from a backup or move it away to start empty.`);
    }
    throw err;
  }
  if (!inMemory) tightenSideFiles(options.path);
  const identity = inMemory ? undefined : fileIdentity(options.path);

  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cachingStatements(sqlite) }) });
  // Start-up (migrations, backfill) may wait TOOL_BUSY_MS for a tool; once serving turns, the bot waits BOT_BUSY_MS at most.
  let checkpoints: CheckpointThread | undefined;
  let closed = false;
  const ready = migrateToLatest(db)
    .then(() => backfillRiskColumns(db, options.cipher))
    .then(() => {
      if (role === 'bot') sqlite.pragma(`busy_timeout = ${BOT_BUSY_MS}`);
      if (role === 'bot' && !inMemory && !closed) checkpoints = startCheckpointThread(sqlite, options.path);
    });
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
    close: async () => {
      closed = true;
      try {
        await checkpoints?.close();
        await db.destroy();
      } finally {
        botLock?.close(); // after the database: the next bot may start once this one has let go
      }
    },
  });
}
