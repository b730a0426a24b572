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

interface Row {
  etag: string;
  json: string;
  updatedAt: number;
}

export interface MemoryStoreOptions {
  /** Clock used to stamp writes (for retention tests). Defaults to Date.now. */
  now?: () => number;
}

/**
 * In-process store for tests. Values are kept as JSON text, so they are isolated from the
 * caller's objects exactly like a real database. Everything is lost when the process exits.
 */
export class MemoryStore implements StateStore {
  private readonly rows = new Map<string, Row>();
  private readonly transcripts = new Map<string, string[]>();
  private readonly now: () => number;
  private closed = false;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys, 'reading');
    this.assertOpen();
    const out: StoreItems = {};
    for (const key of keys) {
      const row = this.rows.get(key);
      if (row) setItem(out, key, deserializeItem(row.json, row.etag));
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    assertChanges(changes);
    this.assertOpen();
    // Validate and check every eTag first, so a call is all-or-nothing.
    const pending: [string, string][] = [];
    for (const [key, item] of Object.entries(changes)) {
      const json = serializeItem(key, item);
      const eTag = (item as { eTag?: unknown }).eTag;
      if (!isWildcardETag(eTag) && this.rows.get(key)?.etag !== eTag) {
        throw new ETagConflictError(key);
      }
      pending.push([key, json]);
    }
    const updatedAt = this.now();
    for (const [key, json] of pending) {
      this.rows.set(key, { etag: newETag(), json, updatedAt });
    }
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys(keys, 'deleting');
    this.assertOpen();
    for (const key of keys) {
      this.rows.delete(key);
      this.transcripts.delete(key);
    }
  }

  async commitTurn(commit: TurnCommit): Promise<void> {
    this.assertOpen();
    const json = commit.value === null ? undefined : serializeItem(commit.key, commit.value);
    const current = this.rows.get(commit.key);
    if (commit.expectedETag === null ? current !== undefined : current?.etag !== commit.expectedETag) {
      throw new ETagConflictError(commit.key);
    }
    if (json === undefined) this.rows.delete(commit.key);
    else this.rows.set(commit.key, { etag: newETag(), json, updatedAt: this.now() });
    if (commit.clearTranscript || json === undefined) this.transcripts.delete(commit.key);
    if (json !== undefined && commit.append && commit.append.length > 0) {
      const lines = this.transcripts.get(commit.key) ?? [];
      lines.push(...commit.append.map((entry) => JSON.stringify(entry)));
      this.transcripts.set(commit.key, lines);
    }
  }

  async readTranscript(key: string): Promise<TranscriptEntry[]> {
    this.assertOpen();
    return (this.transcripts.get(key) ?? []).map((line) => JSON.parse(line) as TranscriptEntry);
  }

  purgeOlderThan(ms: number, now: number = this.now()): number {
    this.assertOpen();
    const cutoff = now - ms;
    let count = 0;
    for (const [key, row] of this.rows) {
      if (row.updatedAt < cutoff) {
        this.rows.delete(key);
        this.transcripts.delete(key);
        count++;
      }
    }
    return count;
  }

  close(): void {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('Storage: store is closed');
  }
}
