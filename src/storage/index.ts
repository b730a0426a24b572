/**
 * Opens the configured storage: state (conversations and transcripts), handoffs, and the typed
 * database features add their own tables to. `memory` is for tests only.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createFieldCipher } from './cipher';
import type { SqlDatabase } from './database';
import { MemoryHandoffStore, type HandoffStore } from './handoff.store';
import { MemoryStore } from './memory.store';
import { openPostgresDatabase } from './postgres.database';
import { SqlHandoffStore } from './sql.handoff.store';
import { SqlStateStore } from './sql.state.store';
import { openSqliteDatabase, type SqliteRole } from './sqlite.database';
import type { StateStore } from './store';

export * from './store';
export type { TranscriptEntry } from './transcript';
export type { Database, SqlDatabase, SqlEngine } from './database';
export { MemoryStore } from './memory.store';
export type { MemoryStoreOptions } from './memory.store';
export { SqlStateStore } from './sql.state.store';
export { SqlHandoffStore } from './sql.handoff.store';
export { MemoryHandoffStore } from './handoff.store';
export { RISK_FLAGS, riskFlags, type RiskFlag } from './handoff.risk';
export type { HandoffStore, HandoffRecord, HandoffStatus, HandoffNote, HandoffFilter, NewHandoff } from './handoff.store';
export { openSqliteDatabase, SqliteInUseError } from './sqlite.database';
export type { SqliteRole } from './sqlite.database';
export { openPostgresDatabase } from './postgres.database';
export { migrateToLatest } from './migrate';

export type StorageKind = 'sqlite' | 'postgres' | 'memory';

export interface StorageConfig {
  kind: StorageKind;
  /** SQLite database file (its folder is created), or ':memory:'. */
  sqlitePath: string;
  /** PostgreSQL connection string (STORAGE=postgres). */
  databaseUrl?: string;
  /** DATA_ENCRYPTION_KEY: seal transcripts, handoffs and state with AES-256-GCM. */
  encryptionKey?: string;
  /** DATA_ENCRYPTION_PREVIOUS_KEYS: keys that still open data sealed before a rotation. */
  previousEncryptionKeys?: string[];
}

export interface RetentionPeriods {
  /** Conversations (and their transcripts) untouched this long are deleted. */
  conversationsMs: number;
  /** Closed handoffs are deleted this long after closing. */
  closedHandoffsMs: number;
}

export interface Storage {
  readonly kind: StorageKind;
  readonly state: StateStore;
  readonly handoffs: HandoffStore;
  /** The typed SQL database (absent for memory): features add their tables and repositories to it. */
  readonly database?: SqlDatabase;
  /** Resolves once migrations have run. */
  readonly ready: Promise<void>;
  /** Writes to storage; rejects when it can't be written (the health check). */
  probe(now?: number): Promise<void>;
  /** The retention purge (at start-up and hourly): conversations, handoffs, then every added task. */
  purge(retention: RetentionPeriods, now?: Date): Promise<{ conversations: number; handoffs: number; [task: string]: number }>;
  /**
   * A feature's own retention (its tables): run by every purge, after the built-in ones. Returns how
   * many records it deleted; a failing task is reported by the purge, the others still run.
   */
  addRetentionTask(name: string, task: (now: Date) => Promise<number>): void;
  close(): Promise<void>;
}

export interface OpenStorageOptions {
  /** Clock stamping state writes (retention tests). */
  now?: () => number;
  /** Called with each failed start-up migration attempt on PostgreSQL (it keeps retrying). */
  onMigrationRetry?: (err: unknown) => void;
  /** SQLite: `bot` (default) holds the one-bot lock; `tool` (staff CLI, migrate) opens alongside a running bot. */
  role?: SqliteRole;
}

export function openStorage(config: StorageConfig, options: OpenStorageOptions = {}): Storage {
  const cipher = createFieldCipher(config.encryptionKey, config.previousEncryptionKeys);
  if (config.kind === 'memory') return memoryStorage({ state: new MemoryStore({ now: options.now }) });
  let database: SqlDatabase;
  if (config.kind === 'postgres') {
    if (!config.databaseUrl) throw new Error('Storage: STORAGE=postgres needs DATABASE_URL');
    database = openPostgresDatabase({ url: config.databaseUrl, cipher, onMigrationRetry: options.onMigrationRetry });
  } else {
    database = openSqliteDatabase({ path: config.sqlitePath, cipher, role: options.role });
  }
  const instance = randomUUID();
  return storageOf(config.kind, new SqlStateStore(database, { now: options.now }), new SqlHandoffStore(database), database, (now) =>
    database.use().then(() => database.probe(instance, now)),
  );
}

/** In-process storage for tests (the parts given, or fresh memory stores). */
export function memoryStorage(parts: { state?: StateStore; handoffs?: HandoffStore } = {}): Storage {
  return storageOf('memory', parts.state ?? new MemoryStore(), parts.handoffs ?? new MemoryHandoffStore(), undefined, async () => undefined);
}

/** Storage made of given parts (tests wrap or replace one of them). */
export function storageOf(
  kind: StorageKind,
  state: StateStore,
  handoffs: HandoffStore,
  database: SqlDatabase | undefined,
  probe: (now?: number) => Promise<void>,
): Storage {
  const tasks = new Map<string, (now: Date) => Promise<number>>();
  return {
    kind,
    state,
    handoffs,
    database,
    ready: database?.ready ?? Promise.resolve(),
    probe,
    async purge(retention, now = new Date()) {
      const conversations = await state.purgeOlderThan(retention.conversationsMs, now.getTime());
      const handoffCount = await handoffs.purgeClosedOlderThan(retention.closedHandoffsMs, now);
      // SQLite: move deleted pages (already zeroed by secure_delete) out of the WAL file too.
      const counts: { conversations: number; handoffs: number; [task: string]: number } = { conversations, handoffs: handoffCount };
      let failed: unknown;
      for (const [name, task] of tasks) {
        try {
          counts[name] = await task(now);
        } catch (err) {
          failed ??= err;
        }
      }
      const deleted = Object.values(counts).reduce((a, b) => a + b, 0);
      if (database?.engine === 'sqlite' && deleted > 0) await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(database.db);
      if (failed) throw failed;
      return counts;
    },
    addRetentionTask(name, task) {
      if (name === 'conversations' || name === 'handoffs' || tasks.has(name)) throw new Error(`Storage: retention task "${name}" exists already`);
      tasks.set(name, task);
    },
    async close() {
      await state.close();
      await handoffs.close();
      await database?.close();
    },
  };
}
