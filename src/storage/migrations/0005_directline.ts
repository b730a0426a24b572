/**
 * The web chat's Direct Line data (src/directline/sql.directline.store.ts): conversations, with the
 * counter that numbers their activities, and the activities keyed by (conversation, seq).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('directline_conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('touched_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('directline_conversations_touched_at').on('directline_conversations').column('touched_at').execute();

  await db.schema
    .createTable('directline_activities')
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('directline_conversations.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('directline_activities_pk', ['conversation_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('directline_activities').execute();
  await db.schema.dropTable('directline_conversations').execute();
}
