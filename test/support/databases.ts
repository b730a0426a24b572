/**
 * A migrated database for each SQL engine, for repository tests that must pass on both:
 *
 *   const engines = useSqlEngines();                        // at the top of a test file
 *   for (const engine of SQL_ENGINES) describe(engine, () => {
 *     it('...', async () => {
 *       const t = await engines.open(engine);               // fresh, migrated, empty
 *       const db = t.database.withTables<MyDatabase>();     // your tables too
 *       ...
 *       await t.close();
 *     });
 *   });
 *
 * SQLite: a new file in a temp folder. PostgreSQL: a new database on the file's throwaway server
 * (test/support/postgres.ts), started before the file's tests and stopped after them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFieldCipher, type FieldCipher } from '../../src/storage/cipher';
import type { SqlDatabase, SqlEngine } from '../../src/storage/database';
import { openPostgresDatabase } from '../../src/storage/postgres.database';
import { openSqliteDatabase } from '../../src/storage/sqlite.database';
import { usePostgresServer, type PostgresServer } from './postgres';

export const SQL_ENGINES: readonly SqlEngine[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  readonly engine: SqlEngine;
  readonly database: SqlDatabase;
  /** Where it lives: the SQLite file, or the PostgreSQL connection string. */
  readonly location: string;
  /** Close and open the same data again (a restart). */
  reopen(): Promise<SqlDatabase>;
  /** Close it and remove its data. */
  close(): Promise<void>;
}

export interface SqlEngines {
  readonly postgres: PostgresServer;
  open(engine: SqlEngine, options?: { cipher?: FieldCipher }): Promise<TestDatabase>;
}

export function useSqlEngines(): SqlEngines {
  const postgres = usePostgresServer();
  return {
    postgres,
    async open(engine, options = {}) {
      const cipher = options.cipher ?? createFieldCipher(undefined);
      let dir: string | undefined;
      let location: string;
      let openIt: () => SqlDatabase;
      if (engine === 'sqlite') {
        dir = mkdtempSync(join(tmpdir(), 'helpline-db-'));
        location = join(dir, 'data', 'triage.sqlite');
        openIt = () => openSqliteDatabase({ path: location, cipher });
      } else {
        location = await postgres.createDatabase();
        openIt = () => openPostgresDatabase({ url: location, cipher, poolSize: 4 });
      }
      let database = openIt();
      await database.ready;
      const handle: TestDatabase = {
        engine,
        location,
        get database() {
          return database;
        },
        async reopen() {
          await database.close();
          database = openIt();
          await database.ready;
          return database;
        },
        async close() {
          await database.close();
          if (dir) rmSync(dir, { recursive: true, force: true });
        },
      };
      return handle;
    },
  };
}
