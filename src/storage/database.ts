/**
 * The typed database: one Kysely handle over SQLite (better-sqlite3) or PostgreSQL (pg), with the
 * tables every feature shares. A feature that adds tables declares their interfaces beside its own
 * migration and widens `Database` with them (see src/storage/README.md, "Adding tables").
 */
import type { Kysely } from 'kysely';
import type { FieldCipher } from './cipher';

/** Conversation state: one row per conversation, `version` counts commits, `etag` guards them. */
export interface ConversationsTable {
  key: string;
  version: number;
  /** Fresh on every write (a UUID): a stale turn never matches a deleted-and-recreated row. */
  etag: string;
  /** JSON text (sealed when DATA_ENCRYPTION_KEY is set). */
  value: string;
  /** ms since the epoch of the last write (retention). */
  updated_at: number;
}

/** One line of a conversation's transcript, appended with the turn that said it. */
export interface TranscriptLinesTable {
  conversation_key: string;
  /** The conversation version the line was committed with: orders lines across instances. */
  turn: number;
  /** Order within the turn. */
  position: number;
  sender: 'user' | 'bot';
  at: string;
  /** Sealed when DATA_ENCRYPTION_KEY is set. */
  text: string;
  importance: 'high' | null;
}

export interface HandoffsTable {
  id: string;
  reference: string;
  created_at: string;
  updated_at: string;
  status: string;
  claimed_by: string | null;
  claimed_at: string | null;
  /** Sealed when DATA_ENCRYPTION_KEY is set. */
  outcome: string | null;
  closed_at: string | null;
  deletion_requested_at: string | null;
  conversation_key: string;
  channel_id: string;
  locale: string;
  route: string;
  /** JSON text (sealed when DATA_ENCRYPTION_KEY is set). */
  summary: string;
  /** JSON text (sealed when DATA_ENCRYPTION_KEY is set). */
  transcript: string;
  /** Risk flags from the summary (handoff.risk.ts): 1 or 0; NULL until the start-up backfill reaches a row stored before 0007. */
  risk_emergency: number | null;
  risk_threats: number | null;
  risk_violence: number | null;
  risk_strangulation: number | null;
  risk_high_risk: number | null;
  /** From 0009 (NULL until the backfill reaches a row stored before it). */
  risk_weapons: number | null;
  risk_under18: number | null;
  risk_images: number | null;
}

export interface HandoffNotesTable {
  id: string;
  handoff_id: string;
  author: string;
  /** Sealed when DATA_ENCRYPTION_KEY is set. */
  text: string;
  created_at: string;
}

/** One row per running instance: the health check's write probe. */
export interface StorageProbesTable {
  instance: string;
  checked_at: number;
}

/** The shared tables. Features extend it: `interface WidgetDatabase extends Database { ... }`. */
export interface Database {
  conversations: ConversationsTable;
  transcript_lines: TranscriptLinesTable;
  handoffs: HandoffsTable;
  handoff_notes: HandoffNotesTable;
  storage_probes: StorageProbesTable;
}

export type SqlEngine = 'sqlite' | 'postgres';

/** An open, migrating (then migrated) database. */
export interface SqlDatabase {
  readonly engine: SqlEngine;
  /** The Kysely handle. Repositories of other features may use `withTables<T>()` for their own tables. */
  readonly db: Kysely<Database>;
  readonly cipher: FieldCipher;
  /** Resolves once migrations have run (rejects only when they can never run). */
  readonly ready: Promise<void>;
  /**
   * The handle, once migrated. Waits a little for start-up, then rejects with
   * StorageUnavailableError, so a turn never hangs on a database that is not there.
   */
  use(): Promise<Kysely<Database>>;
  /** The same handle typed with a feature's extra tables. */
  withTables<T extends Database>(): Kysely<T>;
  /** Write to the database (and check its file, for SQLite); rejects when storage can't be written. */
  probe(instance: string, now?: number): Promise<void>;
  close(): Promise<void>;
}
