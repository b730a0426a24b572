/**
 * Conversation state and transcripts on the typed SQL layer (SQLite or PostgreSQL alike).
 *
 * - `conversations`: one row per conversation. Every write bumps `version` and sets a fresh
 *   `etag`; a write carrying an eTag is an UPDATE ... WHERE etag = ?, so of two instances that
 *   read the same version only one can commit (the other gets ETagConflictError and retries).
 * - `transcript_lines`: appended rows keyed by (conversation, turn = the version committed,
 *   position), written in the same transaction as the state: a turn's lines exist exactly when its
 *   state does, and order never depends on which instance committed first.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database, SqlDatabase } from './database';
import { TemplateCache, queryTemplate, type QueryTemplate } from './query.templates';
import {
  ETagConflictError,
  StateStore,
  StoreItems,
  TurnCommit,
  assertChanges,
  assertKeys,
  deserializeItem,
  isWildcardETag,
  newETag,
  serializeItem,
  setItem,
} from './store';
import type { TranscriptEntry } from './transcript';

const VALUE = 'conversations.value';
const LINE_TEXT = 'transcript_lines.text';
/** Bound parameters per IN (...) list: well under SQLite's and PostgreSQL's limits. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The queries every turn runs, compiled once for the store's engine (query.templates.ts). */
interface TurnQueries {
  readOne: QueryTemplate<[key: string], { key: string; etag: string; value: string }>;
  insertNew: QueryTemplate<[key: string, etag: string, value: string, updatedAt: number], { version: number }>;
  update: QueryTemplate<[etag: string, value: string, updatedAt: number, key: string, expectedETag: string], { version: number }>;
  /** By line count; each line is 7 values in `LineRow` order. */
  insertLines: TemplateCache<number, QueryTemplate<unknown[], unknown>>;
}

type LineRow = [conversationKey: string, turn: number, position: number, sender: 'user' | 'bot', at: string, text: string, importance: 'high' | null];

/** Line counts a turn commonly appends; other counts are compiled per call. */
const KEPT_LINE_TEMPLATES = 32;

function turnQueries(db: Kysely<Database>): TurnQueries {
  return {
    readOne: queryTemplate(1, (key: string) => db.selectFrom('conversations').select(['key', 'etag', 'value']).where('key', 'in', [key])),
    insertNew: queryTemplate(4, (key: string, etag: string, value: string, updatedAt: number) =>
      db
        .insertInto('conversations')
        .values({ key, version: 1, etag, value, updated_at: updatedAt })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('version'),
    ),
    update: queryTemplate(5, (etag: string, value: string, updatedAt: number, key: string, expectedETag: string) =>
      db
        .updateTable('conversations')
        .set((eb) => ({ version: eb('version', '+', 1), etag, value, updated_at: updatedAt }))
        .where('key', '=', key)
        .where('etag', '=', expectedETag)
        .returning('version'),
    ),
    insertLines: new TemplateCache(KEPT_LINE_TEMPLATES),
  };
}

function insertLinesTemplate(db: Kysely<Database>, count: number): QueryTemplate<unknown[], unknown> {
  return queryTemplate(count * 7, (...values: unknown[]) =>
    db.insertInto('transcript_lines').values(
      Array.from({ length: count }, (_, i) => {
        const [conversation_key, turn, position, sender, at, text, importance] = values.slice(i * 7, i * 7 + 7) as LineRow;
        return { conversation_key, turn, position, sender, at, text, importance };
      }),
    ),
  );
}

export interface SqlStateStoreOptions {
  /** Clock used to stamp writes (for retention tests). Defaults to Date.now. */
  now?: () => number;
}

export class SqlStateStore implements StateStore {
  private readonly now: () => number;
  private queries?: TurnQueries;

  constructor(private readonly database: SqlDatabase, options: SqlStateStoreOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys, 'reading');
    const out: StoreItems = {};
    if (keys.length === 0) return out;
    const db = await this.database.use();
    const queries = this.turnQueries(db);
    for (const part of chunks([...new Set(keys)])) {
      const rows =
        part.length === 1
          ? (await db.executeQuery(queries.readOne(part[0]!))).rows
          : await db.selectFrom('conversations').select(['key', 'etag', 'value']).where('key', 'in', part).execute();
      for (const row of rows) setItem(out, row.key, deserializeItem(this.database.cipher.open(row.value, VALUE), row.etag));
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    assertChanges(changes);
    const rows = Object.entries(changes).map(([key, item]) => ({
      key,
      eTag: (item as { eTag?: unknown } | null)?.eTag,
      value: this.database.cipher.seal(serializeItem(key, item), VALUE),
    }));
    if (rows.length === 0) return;
    const db = await this.database.use();
    const updatedAt = this.now();
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        if (isWildcardETag(row.eTag)) {
          await trx
            .insertInto('conversations')
            .values({ key: row.key, version: 1, etag: newETag(), value: row.value, updated_at: updatedAt })
            .onConflict((oc) =>
              oc.column('key').doUpdateSet((eb) => ({
                version: eb('conversations.version', '+', 1),
                etag: newETag(),
                value: row.value,
                updated_at: updatedAt,
              })),
            )
            .execute();
        } else if ((await this.update(trx, row.key, String(row.eTag), row.value, updatedAt)) === undefined) {
          throw new ETagConflictError(row.key); // rolls back the whole call
        }
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys(keys, 'deleting');
    if (keys.length === 0) return;
    const db = await this.database.use();
    await db.transaction().execute(async (trx) => {
      for (const part of chunks(keys)) {
        await trx.deleteFrom('transcript_lines').where('conversation_key', 'in', part).execute();
        await trx.deleteFrom('conversations').where('key', 'in', part).execute();
      }
    });
  }

  async commitTurn(commit: TurnCommit): Promise<void> {
    const value = commit.value === null ? undefined : this.database.cipher.seal(serializeItem(commit.key, commit.value), VALUE);
    const lines = (commit.append ?? []).map((entry) => ({ ...entry, text: this.database.cipher.seal(entry.text, LINE_TEXT) }));
    const db = await this.database.use();
    const queries = this.turnQueries(db);
    const updatedAt = this.now();
    await db.transaction().execute(async (trx) => {
      const key = commit.key;
      if (value === undefined) {
        await this.deleteChecked(trx, key, commit.expectedETag);
        return;
      }
      let version: number | undefined;
      if (commit.expectedETag === null) {
        const inserted = await trx.executeQuery(queries.insertNew(key, newETag(), value, updatedAt));
        version = inserted.rows[0]?.version;
      } else {
        version = await this.update(trx, key, commit.expectedETag, value, updatedAt);
      }
      if (version === undefined) throw new ETagConflictError(key);
      if (commit.clearTranscript) await trx.deleteFrom('transcript_lines').where('conversation_key', '=', key).execute();
      if (lines.length > 0) {
        const values: unknown[] = [];
        lines.forEach((line, position) => values.push(key, version, position, line.from, line.at, line.text, line.importance ?? null));
        const insert = queries.insertLines.get(lines.length, () => insertLinesTemplate(db, lines.length));
        await trx.executeQuery(insert(...values));
      }
    });
  }

  async readTranscript(key: string): Promise<TranscriptEntry[]> {
    const db = await this.database.use();
    const rows = await db
      .selectFrom('transcript_lines')
      .select(['sender', 'at', 'text', 'importance'])
      .where('conversation_key', '=', key)
      .orderBy('turn')
      .orderBy('position')
      .execute();
    return rows.map((row) => ({
      from: row.sender,
      at: row.at,
      text: this.database.cipher.open(row.text, LINE_TEXT),
      ...(row.importance === 'high' ? { importance: 'high' as const } : {}),
    }));
  }

  async purgeOlderThan(ms: number, now: number = this.now()): Promise<number> {
    const cutoff = now - ms;
    const db = await this.database.use();
    return db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('transcript_lines')
        .where('conversation_key', 'in', trx.selectFrom('conversations').select('key').where('updated_at', '<', cutoff))
        .execute();
      const result = await trx.deleteFrom('conversations').where('updated_at', '<', cutoff).executeTakeFirst();
      return Number(result.numDeletedRows);
    });
  }

  /** The database is closed by its owner (openStorage), not by each store. */
  close(): void {}

  /** Conditional update; the new version, or undefined when the eTag no longer matches. */
  private async update(trx: Transaction<Database>, key: string, eTag: string, value: string, updatedAt: number): Promise<number | undefined> {
    const updated = await trx.executeQuery(this.turnQueries(trx).update(newETag(), value, updatedAt, key, eTag));
    return updated.rows[0]?.version;
  }

  /** Compiled once, on first use (building needs only the engine's dialect, not a connection). */
  private turnQueries(db: Kysely<Database>): TurnQueries {
    return (this.queries ??= turnQueries(db));
  }

  private async deleteChecked(trx: Kysely<Database>, key: string, expectedETag: string | null): Promise<void> {
    if (expectedETag === null) {
      const exists = await trx.selectFrom('conversations').select('key').where('key', '=', key).executeTakeFirst();
      if (exists) throw new ETagConflictError(key);
      return;
    }
    const deleted = await trx.deleteFrom('conversations').where('key', '=', key).where('etag', '=', expectedETag).executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw new ETagConflictError(key);
    await trx.deleteFrom('transcript_lines').where('conversation_key', '=', key).execute();
  }
}
