/**
 * `npm run migrate`: brings the configured database (STORAGE, SQLITE_PATH or DATABASE_URL, from the
 * environment or .env) to the latest schema and says what it ran. The bot also does this at start-up;
 * run it yourself before rolling out a new version to several instances, or to check a connection.
 */
import path from 'node:path';
import dotenv from 'dotenv';
import { ConfigError, PROJECT_ROOT, loadConfig } from '../src/config';
import { createFieldCipher } from '../src/storage/cipher';
import type { SqlDatabase } from '../src/storage/database';
import { migrationStatus } from '../src/storage/migrate';
import { openPostgresDatabase } from '../src/storage/postgres.database';
import { openSqliteDatabase } from '../src/storage/sqlite.database';

dotenv.config({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });

async function main(): Promise<void> {
  const config = loadConfig();
  const { storage } = config;
  if (storage.kind === 'memory') {
    console.log('STORAGE=memory keeps nothing: there is nothing to migrate.');
    return;
  }
  const cipher = createFieldCipher(storage.encryptionKey, storage.previousEncryptionKeys);
  let attempts = 0;
  const database: SqlDatabase =
    storage.kind === 'postgres'
      ? openPostgresDatabase({
          url: storage.databaseUrl!,
          cipher,
          onMigrationRetry: (err) => {
            if (++attempts >= 3) throw err;
            console.error(`PostgreSQL not reachable yet (${err instanceof Error ? err.name : 'error'}); retrying...`);
          },
        })
      : openSqliteDatabase({ path: storage.sqlitePath, cipher, role: 'tool' }); // works while the bot runs
  try {
    const started = new Date();
    await database.ready; // opening the database runs the migrations
    const where = storage.kind === 'sqlite' ? storage.sqlitePath : 'PostgreSQL (DATABASE_URL)';
    for (const m of await migrationStatus(database.db)) {
      const when = m.executedAt && m.executedAt >= new Date(started.getTime() - 1000) ? 'ran now' : `done ${m.executedAt?.toISOString() ?? '?'}`;
      console.log(`  ${m.name}: ${when}`);
    }
    console.log(`${where}: schema is up to date.`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `Migration failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
