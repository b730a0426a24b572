/**
 * The state-storage contract.
 *
 * `KeyValueStorage` is structurally identical to botbuilder's `Storage` interface, so any of our
 * stores can be handed to botbuilder (ConversationState, UserState, ...) by `src/adapter/`, while
 * nothing outside `src/adapter/` has to import botbuilder.
 *
 * Semantics (checked by test/storage/store.contract.ts against every implementation):
 * - `read(keys)`: returns an object holding only the keys that exist; unknown keys are absent.
 *   Each returned item carries the `eTag` of its last write.
 * - `write(changes)`: each value must be a JSON object. A missing `eTag` or `eTag: '*'` overwrites.
 *   Any other `eTag` must equal the stored item's current eTag, otherwise the whole call rejects
 *   with `ETagConflictError` and nothing in that call is written. (A concrete eTag for a key that
 *   does not exist, e.g. one deleted meanwhile, is also a conflict: a stale turn must not resurrect
 *   state the person asked us to delete.) Every write stores a fresh eTag.
 * - `delete(keys)`: removes the keys; unknown keys are ignored.
 * - Values are JSON: the store keeps its own copy, so mutating an object after `write`, or an
 *   object returned by `read`, never changes what is stored. The caller's object is not modified
 *   (its `eTag` is not updated by `write`: read again to get the new one).
 */

import { randomUUID } from 'node:crypto';
import type { TranscriptEntry } from './transcript';

/** An object stored with an optional eTag for optimistic concurrency (same shape as botbuilder's). */
export interface StoreItem {
  [key: string]: any;
  eTag?: string;
}

/** Map of key -> item (same shape as botbuilder's `StoreItems`). */
export interface StoreItems {
  [key: string]: any;
}

/** Structurally identical to botbuilder's `Storage`. */
export interface KeyValueStorage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/**
 * Everything one turn changes in a conversation, committed at once (one transaction in SQL):
 * the state (checked against the eTag read at the start of the turn) and the transcript lines.
 */
export interface TurnCommit {
  key: string;
  /** The eTag read at the start of the turn; null: the conversation must not exist yet. */
  expectedETag: string | null;
  /** The new state, or null to delete the conversation (and its transcript). */
  value: StoreItem | null;
  /** Lines to append after every earlier line of this conversation. */
  append?: readonly TranscriptEntry[];
  /** Delete the conversation's transcript (before appending, if both are given). */
  clearTranscript?: boolean;
}

/**
 * What the turn handler holds: botbuilder-compatible key/value access to conversation state, the
 * turn commit (state + transcript, all or nothing), the transcript, retention and lifecycle.
 * `purgeOlderThan` and `close` may be async, so callers `await` them.
 */
export interface StateStore extends KeyValueStorage {
  /** Commit a turn. Rejects with ETagConflictError (nothing written) when someone else wrote first. */
  commitTurn(commit: TurnCommit): Promise<void>;
  /** The conversation's transcript, oldest first (empty when there is none). */
  readTranscript(key: string): Promise<TranscriptEntry[]>;
  /** Delete conversations (and their transcripts) last written before `now - ms`. Returns how many. */
  purgeOlderThan(ms: number, now?: number): number | Promise<number>;
  /** Release resources (file handles). The store must not be used afterwards. */
  close(): void | Promise<void>;
}

/** Storage is down or not ready (the turn fails safe; /healthz says not ready). */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** A write carried an eTag that no longer matches the stored item (someone else wrote first). */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
  constructor(readonly key: string) {
    // The key is an opaque storage key (channel/conversation ids), never message text.
    super(`Storage: eTag conflict writing "${key}"`);
  }
}

export function isETagConflict(err: unknown): err is ETagConflictError {
  return err instanceof ETagConflictError || (err instanceof Error && err.name === 'ETagConflictError');
}

/** True when a write with this eTag overwrites unconditionally. */
export function isWildcardETag(eTag: unknown): boolean {
  return eTag === undefined || eTag === null || eTag === '' || eTag === '*';
}

/** A fresh, globally unique eTag (unique across processes sharing one database file). */
export function newETag(): string {
  return randomUUID();
}

/**
 * Validate a value for `write` and return its JSON text without the `eTag` field
 * (the eTag lives beside the value, not inside it).
 */
export function serializeItem(key: string, item: unknown): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new TypeError(`Storage: value for "${key}" must be a JSON object`);
  }
  const { eTag: _eTag, ...rest } = item as StoreItem;
  const json = JSON.stringify(rest);
  if (json === undefined) throw new TypeError(`Storage: value for "${key}" is not serialisable`);
  return json;
}

/**
 * Set `out[key]` as an own property, even for keys such as "__proto__" that plain assignment
 * would treat specially.
 */
export function setItem(out: StoreItems, key: string, item: unknown): void {
  Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
}

/** Rebuild an item from stored JSON text and its eTag (always a fresh object). */
export function deserializeItem(json: string, eTag: string): StoreItem {
  const value = JSON.parse(json) as StoreItem;
  value.eTag = eTag;
  return value;
}

export function assertKeys(keys: unknown, op: string): asserts keys is string[] {
  if (!Array.isArray(keys)) throw new TypeError(`Storage: keys are required when ${op}`);
}

export function assertChanges(changes: unknown): asserts changes is StoreItems {
  if (changes === null || typeof changes !== 'object') {
    throw new TypeError('Storage: changes are required when writing');
  }
}
