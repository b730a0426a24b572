/**
 * Risk flags as columns on handoffs, so the staff console filters and counts by risk in SQL.
 * New rows get them when stored; rows from before are filled by `backfillRiskColumns` right after
 * the migrations (in TypeScript: a summary may be sealed with DATA_ENCRYPTION_KEY).
 */
import type { Kysely } from 'kysely';

const COLUMNS = ['risk_emergency', 'risk_threats', 'risk_violence', 'risk_strangulation', 'risk_high_risk'];

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of COLUMNS) await db.schema.alterTable('handoffs').addColumn(column, 'integer').execute();
  // The queue's risk filters: newest first within one flag.
  for (const column of COLUMNS) {
    await db.schema.createIndex(`handoffs_by_${column}`).on('handoffs').columns([column, 'created_at']).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of COLUMNS) await db.schema.dropIndex(`handoffs_by_${column}`).execute();
  for (const column of COLUMNS) await db.schema.alterTable('handoffs').dropColumn(column).execute();
}
