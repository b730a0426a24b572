/**
 * Handoffs the person agreed to share, kept for the staff console: the structured summary, the
 * bot's own transcript, and the console's workflow (claim, status, outcome, notes). A record exists
 * only after "share". The interface is the one agreed in HANDOFF-CONTRACT.md.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SummaryData } from '../../machines/triage.types';
import type { RouteId } from '../../dialogs/routes';
import type { TranscriptEntry } from './transcript';

// Console workflow statuses. The agent-hub `handoff.status` events map onto them:
// accepted -> in_progress, completed -> closed, failed -> new (back to the queue).
export const HANDOFF_STATUSES = ['new', 'in_progress', 'contacted', 'closed'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

export interface HandoffRecord {
  /** Unguessable (UUID). */
  id: string;
  /** The short reference the person was told. */
  reference: string;
  createdAt: string;
  /** Any change. */
  updatedAt: string;
  status: HandoffStatus;
  /** Staff account id. */
  claimedBy: string | null;
  claimedAt: string | null;
  /** Free text set with a status change (e.g. when closing). */
  outcome: string | null;
  closedAt: string | null;
  /** The person said "delete" after staff claimed it. */
  deletionRequestedAt: string | null;
  /** The conversation it came from (opaque storage key). */
  conversationKey: string;
  channelId: string;
  locale: string;
  route: RouteId;
  summary: SummaryData;
  /** Empty when the person did not agree to share it. */
  transcript: TranscriptEntry[];
}

export type NewHandoff = Pick<HandoffRecord, 'conversationKey' | 'channelId' | 'locale' | 'route' | 'summary' | 'transcript'>;

export interface HandoffNote {
  id: string;
  handoffId: string;
  author: string;
  text: string;
  createdAt: string;
}

export interface HandoffFilter {
  status?: HandoffStatus;
  route?: RouteId;
  reference?: string;
  limit?: number;
  offset?: number;
}

export interface HandoffStore {
  create(handoff: NewHandoff, now?: Date): Promise<HandoffRecord>;
  get(id: string): Promise<HandoffRecord | undefined>;
  /** Newest first. */
  list(filter?: HandoffFilter): Promise<HandoffRecord[]>;
  count(filter?: Omit<HandoffFilter, 'limit' | 'offset'>): Promise<number>;
  /** Claim for a staff member: sets claimedBy/claimedAt and status in_progress if it was new. */
  claim(id: string, staffId: string, now?: Date): Promise<HandoffRecord | undefined>;
  setStatus(id: string, status: HandoffStatus, change?: { by?: string; outcome?: string }, now?: Date): Promise<HandoffRecord | undefined>;
  addNote(id: string, author: string, text: string, now?: Date): Promise<HandoffNote | undefined>;
  /** Oldest first. */
  notes(id: string): Promise<HandoffNote[]>;
  /**
   * "Delete my data": deletes the conversation's unclaimed (new, unclaimed) handoffs and their
   * notes; flags claimed ones with deletionRequestedAt. Returns how many were deleted.
   */
  deleteUnclaimed(conversationKey: string, now?: Date): Promise<number>;
  /** Retention: deletes closed handoffs (and notes) closed before now - ms. Returns the count. */
  purgeClosedOlderThan(ms: number, now?: Date): Promise<number>;
  close(): void | Promise<void>;
}

/** A short reference a person can read out on the phone (from the handoff id). */
export function handoffReference(id: string): string {
  return id.replace(/-/g, '').slice(0, 8).toUpperCase();
}

const MAX_LIMIT = 1000;

function newRecord(handoff: NewHandoff, now: Date): HandoffRecord {
  const id = randomUUID();
  const at = now.toISOString();
  return {
    ...handoff,
    id,
    reference: handoffReference(id),
    createdAt: at,
    updatedAt: at,
    status: 'new',
    claimedBy: null,
    claimedAt: null,
    outcome: null,
    closedAt: null,
    deletionRequestedAt: null,
  };
}

function matches(r: HandoffRecord, filter: HandoffFilter): boolean {
  return (
    (!filter.status || r.status === filter.status) &&
    (!filter.route || r.route === filter.route) &&
    (!filter.reference || r.reference === filter.reference.trim().toUpperCase())
  );
}

function claimed(r: HandoffRecord, staffId: string, now: Date): HandoffRecord {
  const at = now.toISOString();
  return { ...r, claimedBy: staffId, claimedAt: at, updatedAt: at, status: r.status === 'new' ? 'in_progress' : r.status };
}

function withStatus(r: HandoffRecord, status: HandoffStatus, change: { by?: string; outcome?: string }, now: Date): HandoffRecord {
  const at = now.toISOString();
  return {
    ...r,
    status,
    updatedAt: at,
    outcome: change.outcome !== undefined ? change.outcome : r.outcome,
    closedAt: status === 'closed' ? (r.status === 'closed' ? r.closedAt : at) : null,
  };
}

/** New and never claimed: what "delete my data" may still withdraw. */
const isUnclaimed = (r: HandoffRecord) => r.status === 'new' && r.claimedBy === null;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class MemoryHandoffStore implements HandoffStore {
  private readonly records = new Map<string, HandoffRecord>();
  private readonly noteList: HandoffNote[] = [];

  async create(handoff: NewHandoff, now = new Date()): Promise<HandoffRecord> {
    const record = newRecord(clone(handoff), now);
    this.records.set(record.id, clone(record));
    return clone(record);
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const record = this.records.get(id);
    return record && clone(record);
  }

  async list(filter: HandoffFilter = {}): Promise<HandoffRecord[]> {
    const offset = Math.max(filter.offset ?? 0, 0);
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), MAX_LIMIT);
    return [...this.records.values()]
      .filter((r) => matches(r, filter))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .slice(offset, offset + limit)
      .map(clone);
  }

  async count(filter: Omit<HandoffFilter, 'limit' | 'offset'> = {}): Promise<number> {
    return [...this.records.values()].filter((r) => matches(r, filter)).length;
  }

  private update(id: string, change: (r: HandoffRecord) => HandoffRecord): HandoffRecord | undefined {
    const record = this.records.get(id);
    if (!record) return undefined;
    const next = change(record);
    this.records.set(id, next);
    return clone(next);
  }

  async claim(id: string, staffId: string, now = new Date()): Promise<HandoffRecord | undefined> {
    return this.update(id, (r) => claimed(r, staffId, now));
  }

  async setStatus(
    id: string,
    status: HandoffStatus,
    change: { by?: string; outcome?: string } = {},
    now = new Date(),
  ): Promise<HandoffRecord | undefined> {
    return this.update(id, (r) => withStatus(r, status, change, now));
  }

  async addNote(id: string, author: string, text: string, now = new Date()): Promise<HandoffNote | undefined> {
    if (!this.update(id, (r) => ({ ...r, updatedAt: now.toISOString() }))) return undefined;
    const note: HandoffNote = { id: randomUUID(), handoffId: id, author, text, createdAt: now.toISOString() };
    this.noteList.push(note);
    return { ...note };
  }

  async notes(id: string): Promise<HandoffNote[]> {
    return this.noteList.filter((n) => n.handoffId === id).map((n) => ({ ...n }));
  }

  private remove(id: string): void {
    this.records.delete(id);
    for (let i = this.noteList.length - 1; i >= 0; i--) if (this.noteList[i]!.handoffId === id) this.noteList.splice(i, 1);
  }

  async deleteUnclaimed(conversationKey: string, now = new Date()): Promise<number> {
    let count = 0;
    for (const [id, r] of [...this.records]) {
      if (r.conversationKey !== conversationKey) continue;
      if (isUnclaimed(r)) {
        this.remove(id);
        count++;
      } else if (!r.deletionRequestedAt) {
        this.records.set(id, { ...r, deletionRequestedAt: now.toISOString(), updatedAt: now.toISOString() });
      }
    }
    return count;
  }

  async purgeClosedOlderThan(ms: number, now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - ms).toISOString();
    let count = 0;
    for (const [id, r] of [...this.records]) {
      if (r.status === 'closed' && r.closedAt !== null && r.closedAt < before) {
        this.remove(id);
        count++;
      }
    }
    return count;
  }

  close(): void {
    this.records.clear();
    this.noteList.length = 0;
  }
}

interface Row {
  id: string;
  record: string;
}

/**
 * Handoffs in the same SQLite file as the state (its own tables and connection). Kept simple: the
 * record as JSON beside the columns the queue filters on. (The storage layer replaces this.)
 */
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
    CREATE INDEX IF NOT EXISTS handoffs_by_status ON handoffs (status, created_at);
    CREATE TABLE IF NOT EXISTS handoff_notes (
      id TEXT PRIMARY KEY,
      handoff_id TEXT NOT NULL,
      author TEXT NOT NULL,
      text TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS handoff_notes_by_handoff ON handoff_notes (handoff_id, created_at);`);
  }

  private all(): HandoffRecord[] {
    return this.db
      .prepare<[], Row>('SELECT id, record FROM handoffs ORDER BY created_at DESC, id DESC')
      .all()
      .map((row) => ({ ...newRecordDefaults(), ...(JSON.parse(row.record) as HandoffRecord), id: row.id }));
  }

  private save(record: HandoffRecord): void {
    this.db
      .prepare('INSERT OR REPLACE INTO handoffs (id, created_at, status, conversation_key, record) VALUES (?, ?, ?, ?, ?)')
      .run(record.id, record.createdAt, record.status, record.conversationKey, JSON.stringify(record));
  }

  async create(handoff: NewHandoff, now = new Date()): Promise<HandoffRecord> {
    const record = newRecord(handoff, now);
    this.save(record);
    return record;
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const row = this.db.prepare<[string], Row>('SELECT id, record FROM handoffs WHERE id = ?').get(id);
    return row && { ...newRecordDefaults(), ...(JSON.parse(row.record) as HandoffRecord), id: row.id };
  }

  async list(filter: HandoffFilter = {}): Promise<HandoffRecord[]> {
    const offset = Math.max(filter.offset ?? 0, 0);
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), MAX_LIMIT);
    return this.all().filter((r) => matches(r, filter)).slice(offset, offset + limit);
  }

  async count(filter: Omit<HandoffFilter, 'limit' | 'offset'> = {}): Promise<number> {
    return this.all().filter((r) => matches(r, filter)).length;
  }

  private async update(id: string, change: (r: HandoffRecord) => HandoffRecord): Promise<HandoffRecord | undefined> {
    const record = await this.get(id);
    if (!record) return undefined;
    const next = change(record);
    this.save(next);
    return next;
  }

  claim(id: string, staffId: string, now = new Date()): Promise<HandoffRecord | undefined> {
    return this.update(id, (r) => claimed(r, staffId, now));
  }

  setStatus(id: string, status: HandoffStatus, change: { by?: string; outcome?: string } = {}, now = new Date()): Promise<HandoffRecord | undefined> {
    return this.update(id, (r) => withStatus(r, status, change, now));
  }

  async addNote(id: string, author: string, text: string, now = new Date()): Promise<HandoffNote | undefined> {
    if (!(await this.update(id, (r) => ({ ...r, updatedAt: now.toISOString() })))) return undefined;
    const note: HandoffNote = { id: randomUUID(), handoffId: id, author, text, createdAt: now.toISOString() };
    this.db
      .prepare('INSERT INTO handoff_notes (id, handoff_id, author, text, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(note.id, note.handoffId, note.author, note.text, note.createdAt);
    return note;
  }

  async notes(id: string): Promise<HandoffNote[]> {
    return this.db
      .prepare<[string], { id: string; handoff_id: string; author: string; text: string; created_at: string }>(
        'SELECT * FROM handoff_notes WHERE handoff_id = ? ORDER BY created_at, rowid',
      )
      .all(id)
      .map((n) => ({ id: n.id, handoffId: n.handoff_id, author: n.author, text: n.text, createdAt: n.created_at }));
  }

  private remove(id: string): void {
    this.db.prepare('DELETE FROM handoff_notes WHERE handoff_id = ?').run(id);
    this.db.prepare('DELETE FROM handoffs WHERE id = ?').run(id);
  }

  async deleteUnclaimed(conversationKey: string, now = new Date()): Promise<number> {
    let count = 0;
    for (const r of this.all().filter((h) => h.conversationKey === conversationKey)) {
      if (isUnclaimed(r)) {
        this.remove(r.id);
        count++;
      } else if (!r.deletionRequestedAt) {
        this.save({ ...r, deletionRequestedAt: now.toISOString(), updatedAt: now.toISOString() });
      }
    }
    return count;
  }

  async purgeClosedOlderThan(ms: number, now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - ms).toISOString();
    const old = this.all().filter((r) => r.status === 'closed' && r.closedAt !== null && r.closedAt < before);
    for (const r of old) this.remove(r.id);
    return old.length;
  }

  close(): void {
    this.db.close();
  }
}

/** Fields older rows (before the console) lack. */
function newRecordDefaults(): Partial<HandoffRecord> {
  return { claimedBy: null, claimedAt: null, outcome: null, closedAt: null, deletionRequestedAt: null };
}

export function createHandoffStore(config: { kind: 'sqlite' | 'memory'; sqlitePath: string }): HandoffStore {
  return config.kind === 'sqlite' ? new SqliteHandoffStore(config.sqlitePath) : new MemoryHandoffStore();
}
