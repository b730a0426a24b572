/**
 * Handoffs the person agreed to share, kept for the staff console: the structured summary, the
 * bot's own transcript (when they agreed to share it), the console's workflow (status, claim,
 * outcome, notes) and timestamps. The interface is the contract agreed with the staff console
 * (/work/HANDOFF-CONTRACT.md); implementations: MemoryHandoffStore (below, tests) and
 * SqlHandoffStore (sql.handoff.store.ts: SQLite and PostgreSQL).
 */
import { randomUUID } from 'node:crypto';
import type { SummaryData } from '../../machines/triage.types';
import type { RouteId } from '../../dialogs/routes';
import { riskFlags, urgencyBand, type RiskFlag } from './handoff.risk';
import type { TranscriptEntry } from './transcript';

// Console workflow statuses. The agent-hub `handoff.status` events map onto them:
// accepted -> in_progress, completed -> closed, failed -> new (back to the queue).
/** `tried`: contact attempted the way they said, no answer yet (a caseworker review: nothing recorded it); still open. */
export const HANDOFF_STATUSES = ['new', 'in_progress', 'tried', 'contacted', 'closed'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

export interface HandoffRecord {
  id: string; // unguessable (UUID)
  reference: string; // the short reference the person was told
  createdAt: string; // ISO
  updatedAt: string; // ISO, any change
  status: HandoffStatus;
  claimedBy: string | null; // staff account id
  claimedAt: string | null;
  outcome: string | null; // free text set with a status change (e.g. when closing)
  closedAt: string | null;
  deletionRequestedAt: string | null; // the person said "delete" after staff claimed it
  conversationKey: string;
  channelId: string;
  locale: string;
  route: RouteId;
  summary: SummaryData;
  transcript: TranscriptEntry[]; // empty when the person did not agree to share it
}

export interface HandoffNote {
  id: string;
  handoffId: string;
  author: string;
  text: string;
  createdAt: string;
}

export interface HandoffFilter {
  status?: HandoffStatus;
  /** Only handoffs not closed (the queue's default view). */
  openOnly?: boolean;
  route?: RouteId;
  reference?: string;
  /** Only handoffs with this risk flag (handoff.risk.ts). */
  risk?: RiskFlag;
  /** `newest` (the default): newest first. `urgent`: by risk band, then the longest waiting first (handoff.risk.ts). */
  order?: 'newest' | 'urgent';
  limit?: number;
  offset?: number;
}

/** What the bot supplies; `id` may be chosen up front (the turn tells the person its reference). */
export interface NewHandoff {
  id?: string;
  conversationKey: string;
  channelId: string;
  locale: string;
  route: RouteId;
  summary: SummaryData;
  transcript: TranscriptEntry[];
}

export interface HandoffStore {
  create(handoff: NewHandoff, now?: Date): Promise<HandoffRecord>;
  get(id: string): Promise<HandoffRecord | undefined>;
  list(filter?: HandoffFilter): Promise<HandoffRecord[]>; // newest first, or most urgent (filter.order)
  count(filter?: Omit<HandoffFilter, 'limit' | 'offset'>): Promise<number>;
  /** Claim for a staff member: sets claimedBy/claimedAt and status in_progress if it was new. */
  claim(id: string, staffId: string, now?: Date): Promise<HandoffRecord | undefined>;
  setStatus(id: string, status: HandoffStatus, change?: { by?: string; outcome?: string }, now?: Date): Promise<HandoffRecord | undefined>;
  addNote(id: string, author: string, text: string, now?: Date): Promise<HandoffNote | undefined>;
  notes(id: string): Promise<HandoffNote[]>; // oldest first
  /** "Delete my data": deletes the conversation's unclaimed (new, unclaimed) handoffs and their
   *  notes; flags claimed ones with deletionRequestedAt. Returns how many were deleted. */
  deleteUnclaimed(conversationKey: string, now?: Date): Promise<number>;
  /** Retention: deletes closed handoffs (and notes) closed before now - ms. Returns the count. */
  purgeClosedOlderThan(ms: number, now?: Date): Promise<number>;
  close(): void | Promise<void>;
}

/** A short reference a person can read out on the phone (from the handoff id). */
export function handoffReference(id: string): string {
  return id.replace(/-/g, '').slice(0, 8).toUpperCase();
}

export const newHandoffId = (): string => randomUUID();

/** Page size bounds for list(). */
export function pageOf(filter: HandoffFilter): { limit: number; offset: number } {
  return {
    limit: Math.min(Math.max(Math.trunc(filter.limit ?? 100), 1), 1000),
    offset: Math.max(Math.trunc(filter.offset ?? 0), 0),
  };
}

export function newHandoffRecord(handoff: NewHandoff, now: Date): HandoffRecord {
  const id = handoff.id ?? newHandoffId();
  const at = now.toISOString();
  return {
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
    conversationKey: handoff.conversationKey,
    channelId: handoff.channelId,
    locale: handoff.locale,
    route: handoff.route,
    summary: handoff.summary,
    transcript: handoff.transcript,
  };
}

/**
 * The fields a status change sets: closedAt with "closed" (cleared when reopened), the outcome when
 * given, and the staff member as claimer when nobody had claimed it.
 */
export function statusChange(
  current: Pick<HandoffRecord, 'claimedBy' | 'closedAt'>,
  status: HandoffStatus,
  change: { by?: string; outcome?: string },
  now: Date,
): Partial<HandoffRecord> {
  const at = now.toISOString();
  return {
    status,
    updatedAt: at,
    closedAt: status === 'closed' ? (current.closedAt ?? at) : null,
    ...(change.outcome !== undefined ? { outcome: change.outcome } : {}),
    ...(change.by && !current.claimedBy && status !== 'new' ? { claimedBy: change.by, claimedAt: at } : {}),
  };
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const matches = (r: HandoffRecord, f: HandoffFilter) =>
  (!f.status || r.status === f.status) &&
  (!f.openOnly || r.status !== 'closed') &&
  (!f.route || r.route === f.route) &&
  (!f.reference || r.reference === f.reference.toUpperCase()) &&
  (!f.risk || riskFlags(r.summary).includes(f.risk));

/** In-process handoffs for tests (same semantics as the SQL store). */
const newestFirst = (a: HandoffRecord, b: HandoffRecord) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
const mostUrgentFirst = (a: HandoffRecord, b: HandoffRecord) =>
  urgencyBand(riskFlags(a.summary)) - urgencyBand(riskFlags(b.summary)) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export class MemoryHandoffStore implements HandoffStore {
  private readonly records = new Map<string, HandoffRecord>();
  private readonly noteList: HandoffNote[] = [];

  async create(handoff: NewHandoff, now = new Date()): Promise<HandoffRecord> {
    const record = newHandoffRecord(handoff, now);
    if (this.records.has(record.id)) throw new Error('Storage: duplicate handoff id');
    this.records.set(record.id, clone(record));
    return clone(record);
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const record = this.records.get(id);
    return record && clone(record);
  }

  async list(filter: HandoffFilter = {}): Promise<HandoffRecord[]> {
    const { limit, offset } = pageOf(filter);
    return [...this.records.values()]
      .filter((r) => matches(r, filter))
      .sort(filter.order === 'urgent' ? mostUrgentFirst : newestFirst)
      .slice(offset, offset + limit)
      .map(clone);
  }

  async count(filter: Omit<HandoffFilter, 'limit' | 'offset'> = {}): Promise<number> {
    return [...this.records.values()].filter((r) => matches(r, filter)).length;
  }

  async claim(id: string, staffId: string, now = new Date()): Promise<HandoffRecord | undefined> {
    const record = this.records.get(id);
    if (!record) return undefined;
    const at = now.toISOString();
    Object.assign(record, { claimedBy: staffId, claimedAt: at, updatedAt: at, status: record.status === 'new' ? 'in_progress' : record.status });
    return clone(record);
  }

  async setStatus(id: string, status: HandoffStatus, change: { by?: string; outcome?: string } = {}, now = new Date()) {
    const record = this.records.get(id);
    if (!record) return undefined;
    Object.assign(record, statusChange(record, status, change, now));
    return clone(record);
  }

  async addNote(id: string, author: string, text: string, now = new Date()): Promise<HandoffNote | undefined> {
    const record = this.records.get(id);
    if (!record) return undefined;
    const note: HandoffNote = { id: randomUUID(), handoffId: id, author, text, createdAt: now.toISOString() };
    this.noteList.push(note);
    record.updatedAt = note.createdAt;
    return clone(note);
  }

  async notes(id: string): Promise<HandoffNote[]> {
    return this.noteList.filter((n) => n.handoffId === id).map(clone);
  }

  async deleteUnclaimed(conversationKey: string, now = new Date()): Promise<number> {
    let count = 0;
    for (const [id, r] of this.records) {
      if (r.conversationKey !== conversationKey) continue;
      if (r.status === 'new' && r.claimedBy === null) {
        this.remove(id);
        count++;
      } else if (r.deletionRequestedAt === null) {
        r.deletionRequestedAt = now.toISOString();
        r.updatedAt = r.deletionRequestedAt;
      }
    }
    return count;
  }

  async purgeClosedOlderThan(ms: number, now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - ms).toISOString();
    let count = 0;
    for (const [id, r] of this.records) {
      if (r.status === 'closed' && r.closedAt !== null && r.closedAt < cutoff) {
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

  private remove(id: string): void {
    this.records.delete(id);
    for (let i = this.noteList.length - 1; i >= 0; i--) if (this.noteList[i]!.handoffId === id) this.noteList.splice(i, 1);
  }
}
