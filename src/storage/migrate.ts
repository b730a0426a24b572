/** Runs the versioned migrations (src/storage/migrations/) up to the latest. */
import type { Kysely } from 'kysely';
import { Migrator, type MigrationResult } from 'kysely/migration';
import { migrations } from './migrations';

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/**
 * Migrates to the latest version; returns the names it ran. Safe to run from several instances at
 * once (Kysely takes a lock: an advisory lock on PostgreSQL). Migrations merged out of order (two
 * features adding theirs in parallel) still run.
 */
const migratorFor = (db: Kysely<any>) =>
  new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });

/** Each known migration and when it ran (undefined: not yet). */
export async function migrationStatus(db: Kysely<any>): Promise<{ name: string; executedAt?: Date }[]> {
  return (await migratorFor(db).getMigrations()).map((m) => ({ name: m.name, executedAt: m.executedAt }));
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = migratorFor(db);
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r: MigrationResult) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new MigrationError(`Storage: migration ${failed?.migrationName ?? ''} failed (${reason})`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
