/**
 * Handoffs the person agreed to share, kept for the staff console: the structured summary and the
 * bot's own transcript. A record exists only after "share".
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SummaryData } from '../../machines/triage.types';
import type { RouteId } from '../../dialogs/routes';
import type { TranscriptEntry } from './transcript';

export const HANDOFF_STATUSES = ['new', 'accepted', 'failed', 'completed'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

export interface HandoffRecord {
  id: string;
  createdAt: string;
  status: HandoffStatus;
  /** The conversation it came from (opaque storage key). */
  conversationKey: string;
  channelId: string;
  locale: string;
  route: RouteId;
  summary: SummaryData;
  transcript: TranscriptEntry[];
}

export type NewHandoff = Omit<HandoffRecord, 'id' | 'createdAt' | 'status'>;

export interface HandoffStore {
  create(handoff: NewHandoff, now?: Date): Promise<HandoffRecord>;
  get(id: string): Promise<HandoffRecord | undefined>;
  /** Newest first. */
  list(filter?: { status?: HandoffStatus; limit?: number }): Promise<HandoffRecord[]>;
  /** Sets a handoff's status; returns it, or undefined if there is no such handoff. */
  setStatus(id: string, status: HandoffStatus): Promise<HandoffRecord | undefined>;
  /** "Delete my data": removes the conversation's handoffs staff have not picked up (status new). */
  deleteUnclaimed(conversationKey: string): Promise<number>;
  close(): void | Promise<void>;
}

function newRecord(handoff: NewHandoff, now: Date): HandoffRecord {
  return { ...handoff, id: randomUUID(), createdAt: now.toISOString(), status: 'new' };
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class MemoryHandoffStore implements HandoffStore {
  private readonly records = new Map<string, HandoffRecord>();

  async create(handoff: NewHandoff, now = new Date()): Promise<HandoffRecord> {
    const record = newRecord(handoff, now);
    this.records.set(record.id, clone(record));
    return clone(record);
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const record = this.records.get(id);
    return record && clone(record);
  }

  async list(filter: { status?: HandoffStatus; limit?: number } = {}): Promise<HandoffRecord[]> {
    return [...this.records.values()]
      .filter((r) => !filter.status || r.status === filter.status)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, filter.limit ?? 100)
      .map(clone);
  }

  async setStatus(id: string, status: HandoffStatus): Promise<HandoffRecord | undefined> {
    const record = this.records.get(id);
    if (!record) return undefined;
    record.status = status;
    return clone(record);
  }

  async deleteUnclaimed(conversationKey: string): Promise<number> {
    let count = 0;
    for (const [id, r] of this.records) {
      if (r.conversationKey === conversationKey && r.status === 'new') {
        this.records.delete(id);
        count++;
      }
    }
    return count;
  }

  close(): void {
    this.records.clear();
  }
}

interface Row {
  id: string;
  created_at: string;
  status: HandoffStatus;
  conversation_key: string;
  record: string;
}

/** Handoffs in the same SQLite file as the state (its own table and connection). */
export class SqliteHandoffStore implements HandoffStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path, { timeout: 5000 });
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS handoffs (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      status TEXT NOT NULL,
      conversation_key TEXT NOT NULL,
      record TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS handoffs_by_conversation ON handoffs (conversation_key, created_at);
    CREATE INDEX IF NOT EXISTS handoffs_by_status ON handoffs (status, created_at);`);
  }

  private toRecord(row: Row): HandoffRecord {
    return { ...(JSON.parse(row.record) as HandoffRecord), id: row.id, createdAt: row.created_at, status: row.status };
  }

  async create(handoff: NewHandoff, now = new Date()): Promise<HandoffRecord> {
    const record = newRecord(handoff, now);
    this.db
      .prepare('INSERT INTO handoffs (id, created_at, status, conversation_key, record) VALUES (?, ?, ?, ?, ?)')
      .run(record.id, record.createdAt, record.status, record.conversationKey, JSON.stringify(record));
    return record;
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const row = this.db.prepare<[string], Row>('SELECT * FROM handoffs WHERE id = ?').get(id);
    return row && this.toRecord(row);
  }

  async list(filter: { status?: HandoffStatus; limit?: number } = {}): Promise<HandoffRecord[]> {
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), 1000);
    const rows = filter.status
      ? this.db.prepare<[string, number], Row>('SELECT * FROM handoffs WHERE status = ? ORDER BY created_at DESC LIMIT ?').all(filter.status, limit)
      : this.db.prepare<[number], Row>('SELECT * FROM handoffs ORDER BY created_at DESC LIMIT ?').all(limit);
    return rows.map((r) => this.toRecord(r));
  }

  async setStatus(id: string, status: HandoffStatus): Promise<HandoffRecord | undefined> {
    const row = this.db.prepare<[string], Row>('SELECT * FROM handoffs WHERE id = ?').get(id);
    if (!row) return undefined;
    this.db.prepare('UPDATE handoffs SET status = ? WHERE id = ?').run(status, row.id);
    return this.toRecord({ ...row, status });
  }

  async deleteUnclaimed(conversationKey: string): Promise<number> {
    return this.db.prepare("DELETE FROM handoffs WHERE conversation_key = ? AND status = 'new'").run(conversationKey).changes;
  }

  close(): void {
    this.db.close();
  }
}

export function createHandoffStore(config: { kind: 'sqlite' | 'memory'; sqlitePath: string }): HandoffStore {
  return config.kind === 'sqlite' ? new SqliteHandoffStore(config.sqlitePath) : new MemoryHandoffStore();
}
