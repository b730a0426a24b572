/**
 * Imports what 0000 set aside from a v0.1 SQLite file, then drops those tables: conversation state
 * (`conversation/...` keys), transcripts (`transcript/<conversation key>` blobs, as turn 0 lines) and
 * handoffs (agent-hub statuses mapped onto the console's workflow). Stored unencrypted, as they were.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

const V0_STATUS: Record<string, string> = { new: 'new', accepted: 'in_progress', failed: 'new', completed: 'closed' };

interface V0Handoff {
  id: string;
  createdAt: string;
  conversationKey: string;
  channelId: string;
  locale: string;
  route: string;
  summary: unknown;
  transcript?: unknown[];
}

export async function up(db: Kysely<any>): Promise<void> {
  const tables = new Set((await db.introspection.getTables()).map((t) => t.name));
  const now = new Date().toISOString();
  if (tables.has('v0_state')) {
    const rows: { key: string; value: string; updated_at: number }[] = await db.selectFrom('v0_state').select(['key', 'value', 'updated_at']).execute();
    const conversations = new Set<string>();
    for (const row of rows.filter((r) => r.key.startsWith('conversation/'))) {
      await db.insertInto('conversations').values({ key: row.key, version: 1, etag: randomUUID(), value: row.value, updated_at: Number(row.updated_at) }).execute();
      conversations.add(row.key);
    }
    for (const row of rows.filter((r) => r.key.startsWith('transcript/'))) {
      const key = row.key.slice('transcript/'.length);
      const entries = (JSON.parse(row.value) as { entries?: { from: string; at: string; text: string; importance?: string }[] }).entries ?? [];
      if (!conversations.has(key) || entries.length === 0) continue;
      await db
        .insertInto('transcript_lines')
        .values(entries.map((e, position) => ({ conversation_key: key, turn: 0, position, sender: e.from, at: e.at, text: e.text, importance: e.importance ?? null })))
        .execute();
    }
    await db.schema.dropTable('v0_state').execute();
  }
  if (tables.has('v0_handoffs')) {
    const rows: { status: string; record: string }[] = await db.selectFrom('v0_handoffs').select(['status', 'record']).execute();
    for (const row of rows) {
      const r = JSON.parse(row.record) as V0Handoff;
      const status = V0_STATUS[row.status] ?? 'new';
      await db
        .insertInto('handoffs')
        .values({
          id: r.id,
          reference: r.id.replace(/-/g, '').slice(0, 8).toUpperCase(),
          created_at: r.createdAt,
          updated_at: now,
          status,
          claimed_by: null,
          claimed_at: null,
          outcome: null,
          closed_at: status === 'closed' ? now : null, // when it was closed is unknown: retention counts from now
          deletion_requested_at: null,
          conversation_key: r.conversationKey,
          channel_id: r.channelId,
          locale: r.locale,
          route: r.route,
          summary: JSON.stringify(r.summary),
          transcript: JSON.stringify(r.transcript ?? []),
        })
        .execute();
    }
    await db.schema.dropTable('v0_handoffs').execute();
  }
}
