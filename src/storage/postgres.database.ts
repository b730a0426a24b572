/**
 * The scale-out store: several bot instances share one PostgreSQL server (e.g. Azure Database for
 * PostgreSQL). The pool reconnects by itself when the server comes back; until then every query
 * fails fast (connection timeout), so turns fail safe with the 999 line and /healthz says 503.
 */
import { Kysely, PostgresDialect } from 'kysely';
import type Pg from 'pg';
import type { FieldCipher } from './cipher';
import type { Database, SqlDatabase } from './database';
import { backfillRiskColumns } from './handoff.risk';
import { migrateToLatest } from './migrate';
import { sqlDatabase, writeProbe } from './sql.database';

export interface PostgresDatabaseOptions {
  /** postgres://user:password@host:5432/database?sslmode=require (or ?host=/socket/dir). */
  url: string;
  cipher: FieldCipher;
  /** Connections per instance (default 10). */
  poolSize?: number;
  /** Called with each failed migration attempt at start-up (it is retried until it works). */
  onMigrationRetry?: (err: unknown) => void;
}

const INT8_OID = 20;

/** The pg client, loaded when a PostgreSQL store is opened: STORAGE=sqlite never loads it. */
function pgLib(): typeof Pg {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('pg') as typeof Pg;
}

/** bigint columns are ms timestamps and counts: safe as JS numbers. */
function int8AsNumber(pg: typeof Pg) {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

export function openPostgresDatabase(options: PostgresDatabaseOptions): SqlDatabase {
  const pg = pgLib();
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 30_000,
    // A statement that waits longer than this on a lock fails (and the turn fails safe) rather than
    // holding a person's turn past the channel's 15 s.
    statement_timeout: 5000,
    types: int8AsNumber(pg),
  });
  // An idle connection dropped by a restarting server must not crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closing = false;

  const ready = (async () => {
    // The server may not be up yet (or may be restarting): retry until it is, or until closed.
    for (let attempt = 0; ; attempt++) {
      try {
        await migrateToLatest(db);
        await backfillRiskColumns(db, options.cipher);
        return;
      } catch (err) {
        if (closing) throw err;
        options.onMigrationRetry?.(err);
        await sleep(Math.min(250 * 2 ** attempt, 5000));
        if (closing) throw err;
      }
    }
  })();
  ready.catch(() => undefined);

  return sqlDatabase({
    engine: 'postgres',
    db,
    cipher: options.cipher,
    ready,
    probe: (instance, now = Date.now()) => writeProbe(db, instance, now),
    close: async () => {
      closing = true;
      await db.destroy();
    },
  });
}
