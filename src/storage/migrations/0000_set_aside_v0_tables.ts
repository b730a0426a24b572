/**
 * SQLite files written before the typed layer (v0.1: a key/value `state` table and a `handoffs` table
 * of JSON records) keep their data: their tables are renamed here, out of the way of 0001 and 0002,
 * and 0004 imports them. A no-op everywhere else (new files, PostgreSQL).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const tables = await db.introspection.getTables();
  const find = (name: string) => tables.find((t) => t.name === name);
  const state = find('state');
  if (state?.columns.some((c) => c.name === 'etag') && state.columns.some((c) => c.name === 'value')) {
    await db.schema.alterTable('state').renameTo('v0_state').execute();
  }
  if (find('handoffs')?.columns.some((c) => c.name === 'record')) {
    await db.schema.alterTable('handoffs').renameTo('v0_handoffs').execute();
  }
}
