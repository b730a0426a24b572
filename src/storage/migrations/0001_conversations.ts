/** Conversation state (versioned) and transcript lines (appended rows). */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('conversations')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('etag', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversations_updated_at').on('conversations').column('updated_at').execute();

  await db.schema
    .createTable('transcript_lines')
    .addColumn('conversation_key', 'text', (c) => c.notNull().references('conversations.key').onDelete('cascade'))
    .addColumn('turn', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('importance', 'text')
    .addPrimaryKeyConstraint('transcript_lines_pk', ['conversation_key', 'turn', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('transcript_lines').execute();
  await db.schema.dropTable('conversations').execute();
}
