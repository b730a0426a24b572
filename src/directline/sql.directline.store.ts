/**
 * The Direct Line store on the typed SQL layer (SQLite or PostgreSQL alike), shared by every bot
 * instance and kept across restarts (src/storage/README.md, "Adding tables"; migration 0005).
 *
 * - `directline_conversations`: one row per conversation, with `last_seq`, the counter that numbers
 *   its activities. `append` bumps it (UPDATE ... SET last_seq = last_seq + 1 RETURNING last_seq) and
 *   inserts the activity in the same transaction. The UPDATE locks the row until commit, so
 *   concurrent appends - from any instance - get 1, 2, 3 ... with no gap or duplicate, and an
 *   activity becomes visible together with its number (readers never skip one).
 * - `directline_activities`: (conversation_id, seq) primary key, the activity JSON sealed with the
 *   storage cipher (it holds what the person typed). `clearLog` deletes the rows and keeps the counter.
 */
import type { Database, SqlDatabase } from '../storage/database';
import {
  activityId,
  type ActivityPage,
  type DirectLineActivity,
  type DirectLineConversation,
  type DirectLineStore,
  type NewDirectLineActivity,
} from './directline.store';

export interface DirectLineConversationsTable {
  id: string;
  user_id: string;
  /** ISO-8601. */
  created_at: string;
  /** 0 or 1 (portable): 1 once the welcome has been sent. */
  started: number;
  /** The seq of the last activity appended (kept when the log is cleared). */
  last_seq: number;
  /** ms since the epoch of creation or the last append (retention). */
  touched_at: number;
}

export interface DirectLineActivitiesTable {
  conversation_id: string;
  seq: number;
  /** The activity as JSON (sealed when DATA_ENCRYPTION_KEY is set). */
  activity: string;
}

export interface DirectLineDatabase extends Database {
  directline_conversations: DirectLineConversationsTable;
  directline_activities: DirectLineActivitiesTable;
}

const ACTIVITY = 'directline_activities.activity';

export interface SqlDirectLineStoreOptions {
  /** Clock stamping `touched_at` (retention). Defaults to Date.now. */
  now?: () => number;
}

export class SqlDirectLineStore implements DirectLineStore {
  private readonly now: () => number;

  constructor(private readonly database: SqlDatabase, options: SqlDirectLineStoreOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  private async db() {
    await this.database.use();
    return this.database.withTables<DirectLineDatabase>();
  }

  async createConversation(conversation: Omit<DirectLineConversation, 'started'>): Promise<void> {
    const db = await this.db();
    // A duplicate id violates the primary key and rejects.
    await db
      .insertInto('directline_conversations')
      .values({ id: conversation.id, user_id: conversation.userId, created_at: conversation.createdAt, started: 0, last_seq: 0, touched_at: this.now() })
      .execute();
  }

  async getConversation(id: string): Promise<DirectLineConversation | undefined> {
    const db = await this.db();
    const row = await db
      .selectFrom('directline_conversations')
      .select(['id', 'user_id', 'created_at', 'started'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { id: row.id, userId: row.user_id, createdAt: row.created_at, started: Number(row.started) === 1 };
  }

  async markStarted(id: string): Promise<boolean> {
    const db = await this.db();
    const result = await db.updateTable('directline_conversations').set({ started: 1 }).where('id', '=', id).where('started', '=', 0).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async append(conversationId: string, activity: NewDirectLineActivity): Promise<DirectLineActivity | undefined> {
    const db = await this.db();
    const touchedAt = this.now();
    return db.transaction().execute(async (trx) => {
      const counted = await trx
        .updateTable('directline_conversations')
        .set((eb) => ({ last_seq: eb('last_seq', '+', 1), touched_at: touchedAt }))
        .where('id', '=', conversationId)
        .returning('last_seq')
        .executeTakeFirst();
      if (!counted) return undefined; // deleted (quick exit) while a turn was running
      const seq = Number(counted.last_seq);
      const stored = { ...activity, id: activityId(conversationId, seq) } as DirectLineActivity;
      await trx
        .insertInto('directline_activities')
        .values({ conversation_id: conversationId, seq, activity: this.database.cipher.seal(JSON.stringify(stored), ACTIVITY) })
        .execute();
      return stored;
    });
  }

  async activitiesAfter(conversationId: string, after: number, limit: number): Promise<ActivityPage | undefined> {
    const from = Math.max(0, Math.floor(after));
    const db = await this.db();
    // The counter first: every seq up to it was committed with its activity, so an empty page
    // below it means the log was cleared (never an activity not yet visible).
    const conversation = await db.selectFrom('directline_conversations').select('last_seq').where('id', '=', conversationId).executeTakeFirst();
    if (!conversation) return undefined;
    const rows = await db
      .selectFrom('directline_activities')
      .select(['seq', 'activity'])
      .where('conversation_id', '=', conversationId)
      .where('seq', '>', from)
      .orderBy('seq')
      .limit(Math.max(0, Math.floor(limit)))
      .execute();
    const activities = rows.map((row) => JSON.parse(this.database.cipher.open(row.activity, ACTIVITY)) as DirectLineActivity);
    const last = rows.at(-1);
    return { activities, watermark: last ? Number(last.seq) : Math.max(from, Number(conversation.last_seq)) };
  }

  async clearLog(id: string): Promise<void> {
    const db = await this.db();
    await db.deleteFrom('directline_activities').where('conversation_id', '=', id).execute();
  }

  async deleteConversation(id: string): Promise<boolean> {
    const db = await this.db();
    return db.transaction().execute(async (trx) => {
      await trx.deleteFrom('directline_activities').where('conversation_id', '=', id).execute();
      const deleted = await trx.deleteFrom('directline_conversations').where('id', '=', id).executeTakeFirst();
      return Number(deleted.numDeletedRows) > 0;
    });
  }

  async purgeOlderThan(ms: number, now: number = this.now()): Promise<number> {
    const db = await this.db();
    // One statement: the activities go by ON DELETE CASCADE, atomically with their conversation, so
    // an append racing the purge either keeps the conversation (touched) or is refused (gone).
    const deleted = await db.deleteFrom('directline_conversations').where('touched_at', '<', now - ms).executeTakeFirst();
    return Number(deleted.numDeletedRows);
  }

  /** The database is closed by its owner (the app's storage), not by the store. */
  async close(): Promise<void> {}
}
