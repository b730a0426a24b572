/** Handoffs and their notes on the typed SQL layer (SQLite or PostgreSQL alike). */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import type { RouteId } from '../../dialogs/routes';
import type { SummaryData } from '../../machines/triage.types';
import type { Database, HandoffsTable, SqlDatabase } from './database';
import {
  HANDOFF_STATUSES,
  newHandoffRecord,
  pageOf,
  statusChange,
  type HandoffFilter,
  type HandoffNote,
  type HandoffRecord,
  type HandoffStatus,
  type HandoffStore,
  type NewHandoff,
} from './handoff.store';
import { RISK_COLUMNS, riskColumns, urgencyBandSql } from './handoff.risk';
import type { TranscriptEntry } from './transcript';

type HandoffRow = Selectable<HandoffsTable>;

const asStatus = (value: string): HandoffStatus =>
  (HANDOFF_STATUSES as readonly string[]).includes(value) ? (value as HandoffStatus) : 'new';

export class SqlHandoffStore implements HandoffStore {
  constructor(private readonly database: SqlDatabase) {}

  async create(handoff: NewHandoff, now = new Date()): Promise<HandoffRecord> {
    const record = newHandoffRecord(handoff, now);
    const seal = this.database.cipher.seal;
    const db = await this.database.use();
    await db
      .insertInto('handoffs')
      .values({
        id: record.id,
        reference: record.reference,
        created_at: record.createdAt,
        updated_at: record.updatedAt,
        status: record.status,
        claimed_by: null,
        claimed_at: null,
        outcome: null,
        closed_at: null,
        deletion_requested_at: null,
        conversation_key: record.conversationKey,
        channel_id: record.channelId,
        locale: record.locale,
        route: record.route,
        summary: seal(JSON.stringify(record.summary), 'handoffs.summary'),
        transcript: seal(JSON.stringify(record.transcript), 'handoffs.transcript'),
        ...riskColumns(record.summary),
      })
      .execute();
    return record;
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const db = await this.database.use();
    const row = await db.selectFrom('handoffs').selectAll().where('id', '=', id).executeTakeFirst();
    return row && this.toRecord(row);
  }

  async list(filter: HandoffFilter = {}): Promise<HandoffRecord[]> {
    const { limit, offset } = pageOf(filter);
    const db = await this.database.use();
    const query = this.filtered(db, filter).selectAll();
    const ordered =
      filter.order === 'urgent'
        ? query.orderBy(urgencyBandSql()).orderBy('created_at', 'asc').orderBy('id', 'asc')
        : query.orderBy('created_at', 'desc').orderBy('id', 'desc');
    const rows = await ordered.limit(limit).offset(offset).execute();
    return rows.map((row) => this.toRecord(row));
  }

  async count(filter: Omit<HandoffFilter, 'limit' | 'offset'> = {}): Promise<number> {
    const db = await this.database.use();
    const row = await this.filtered(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async claim(id: string, staffId: string, now = new Date()): Promise<HandoffRecord | undefined> {
    const at = now.toISOString();
    const db = await this.database.use();
    await db
      .updateTable('handoffs')
      .set((eb) => ({
        claimed_by: staffId,
        claimed_at: at,
        updated_at: at,
        status: eb.case().when('status', '=', 'new').then('in_progress').else(eb.ref('status')).end(),
      }))
      .where('id', '=', id)
      .execute();
    return this.get(id);
  }

  async setStatus(id: string, status: HandoffStatus, change: { by?: string; outcome?: string } = {}, now = new Date()) {
    const db = await this.database.use();
    return db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('handoffs').select(['claimed_by', 'closed_at']).where('id', '=', id).executeTakeFirst();
      if (!current) return undefined;
      const next = statusChange({ claimedBy: current.claimed_by, closedAt: current.closed_at }, status, change, now);
      await trx
        .updateTable('handoffs')
        .set({
          status,
          updated_at: next.updatedAt,
          closed_at: next.closedAt ?? null,
          ...(next.outcome !== undefined ? { outcome: next.outcome === null ? null : this.database.cipher.seal(next.outcome, 'handoffs.outcome') } : {}),
          ...(next.claimedBy !== undefined ? { claimed_by: next.claimedBy, claimed_at: next.claimedAt ?? null } : {}),
        })
        .where('id', '=', id)
        .execute();
      const row = await trx.selectFrom('handoffs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return this.toRecord(row);
    });
  }

  async addNote(id: string, author: string, text: string, now = new Date()): Promise<HandoffNote | undefined> {
    const note: HandoffNote = { id: randomUUID(), handoffId: id, author, text, createdAt: now.toISOString() };
    const db = await this.database.use();
    return db.transaction().execute(async (trx) => {
      const touched = await trx.updateTable('handoffs').set({ updated_at: note.createdAt }).where('id', '=', id).executeTakeFirst();
      if (Number(touched.numUpdatedRows) === 0) return undefined;
      await trx
        .insertInto('handoff_notes')
        .values({ id: note.id, handoff_id: id, author, text: this.database.cipher.seal(text, 'handoff_notes.text'), created_at: note.createdAt })
        .execute();
      return note;
    });
  }

  async notes(id: string): Promise<HandoffNote[]> {
    const db = await this.database.use();
    const rows = await db.selectFrom('handoff_notes').selectAll().where('handoff_id', '=', id).orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      handoffId: r.handoff_id,
      author: r.author,
      text: this.database.cipher.open(r.text, 'handoff_notes.text'),
      createdAt: r.created_at,
    }));
  }

  async deleteUnclaimed(conversationKey: string, now = new Date()): Promise<number> {
    const at = now.toISOString();
    const db = await this.database.use();
    return db.transaction().execute(async (trx) => {
      const unclaimed = trx
        .selectFrom('handoffs')
        .select('id')
        .where('conversation_key', '=', conversationKey)
        .where('status', '=', 'new')
        .where('claimed_by', 'is', null);
      await trx.deleteFrom('handoff_notes').where('handoff_id', 'in', unclaimed).execute();
      const deleted = await trx
        .deleteFrom('handoffs')
        .where('conversation_key', '=', conversationKey)
        .where('status', '=', 'new')
        .where('claimed_by', 'is', null)
        .executeTakeFirst();
      await trx
        .updateTable('handoffs')
        .set({ deletion_requested_at: at, updated_at: at })
        .where('conversation_key', '=', conversationKey)
        .where('deletion_requested_at', 'is', null)
        .execute();
      return Number(deleted.numDeletedRows);
    });
  }

  async purgeClosedOlderThan(ms: number, now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - ms).toISOString();
    const db = await this.database.use();
    return db.transaction().execute(async (trx) => {
      const old = trx.selectFrom('handoffs').select('id').where('status', '=', 'closed').where('closed_at', '<', cutoff);
      await trx.deleteFrom('handoff_notes').where('handoff_id', 'in', old).execute();
      const deleted = await trx.deleteFrom('handoffs').where('status', '=', 'closed').where('closed_at', '<', cutoff).executeTakeFirst();
      return Number(deleted.numDeletedRows);
    });
  }

  /** The database is closed by its owner (openStorage), not by each store. */
  close(): void {}

  private filtered(db: Kysely<Database>, filter: Omit<HandoffFilter, 'limit' | 'offset'>): SelectQueryBuilder<Database, 'handoffs', {}> {
    let query = db.selectFrom('handoffs');
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.openOnly) query = query.where('status', '!=', 'closed');
    if (filter.route) query = query.where('route', '=', filter.route);
    if (filter.reference) query = query.where('reference', '=', filter.reference.toUpperCase());
    if (filter.risk) query = query.where(RISK_COLUMNS[filter.risk], '=', 1);
    return query;
  }

  private toRecord(row: HandoffRow): HandoffRecord {
    const open = this.database.cipher.open;
    return {
      id: row.id,
      reference: row.reference,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      status: asStatus(row.status),
      claimedBy: row.claimed_by,
      claimedAt: row.claimed_at,
      outcome: row.outcome === null ? null : open(row.outcome, 'handoffs.outcome'),
      closedAt: row.closed_at,
      deletionRequestedAt: row.deletion_requested_at,
      conversationKey: row.conversation_key,
      channelId: row.channel_id,
      locale: row.locale,
      route: row.route as RouteId,
      summary: JSON.parse(open(row.summary, 'handoffs.summary')) as SummaryData,
      transcript: JSON.parse(open(row.transcript, 'handoffs.transcript')) as TranscriptEntry[],
    };
  }
}
