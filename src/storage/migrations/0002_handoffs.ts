/** Handoffs the person agreed to share, with the staff console's workflow, and their notes. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('handoffs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('deletion_requested_at', 'text')
    .addColumn('conversation_key', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('transcript', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('handoffs_by_status').on('handoffs').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('handoffs_by_created').on('handoffs').column('created_at').execute();
  await db.schema.createIndex('handoffs_by_conversation').on('handoffs').column('conversation_key').execute();
  await db.schema.createIndex('handoffs_by_reference').on('handoffs').column('reference').execute();
  await db.schema.createIndex('handoffs_by_closed').on('handoffs').column('closed_at').execute();

  await db.schema
    .createTable('handoff_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('handoff_id', 'text', (c) => c.notNull().references('handoffs.id').onDelete('cascade'))
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('handoff_notes_by_handoff').on('handoff_notes').columns(['handoff_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('handoff_notes').execute();
  await db.schema.dropTable('handoffs').execute();
}
