/**
 * Three more risk flags as columns on handoffs (a caseworker review: a 15-year-old's sextortion
 * looked like any other case in the queue): a weapon, a person under 18, intimate images. Rows
 * from before are filled by `backfillRiskColumns` after the migrations, as for 0007.
 */
import type { Kysely } from 'kysely';

const COLUMNS = ['risk_weapons', 'risk_under18', 'risk_images'];

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of COLUMNS) await db.schema.alterTable('handoffs').addColumn(column, 'integer').execute();
  for (const column of COLUMNS) {
    await db.schema.createIndex(`handoffs_by_${column}`).on('handoffs').columns([column, 'created_at']).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of COLUMNS) await db.schema.dropIndex(`handoffs_by_${column}`).execute();
  for (const column of COLUMNS) await db.schema.alterTable('handoffs').dropColumn(column).execute();
}
