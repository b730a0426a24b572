/**
 * The bot's own record of a conversation (for handoffs the person agreed to share), written
 * inside the turn and awaited. Kept minimal: who spoke, when, and the words shown or typed.
 */
import type { KeyValueStorage } from './store';

export interface TranscriptEntry {
  /** 'user' typed or chose; 'bot' replied. */
  from: 'user' | 'bot';
  at: string;
  text: string;
  /** Set on bot replies that carried emergency guidance. */
  importance?: 'high';
}

/** Oldest entries are dropped beyond this many (a conversation is rarely above 200). */
export const MAX_TRANSCRIPT_ENTRIES = 600;

export const transcriptKey = (conversationKey: string) => `transcript/${conversationKey}`;

export async function readTranscript(store: KeyValueStorage, conversationKey: string): Promise<TranscriptEntry[]> {
  const key = transcriptKey(conversationKey);
  const item = (await store.read([key]))[key] as { entries?: TranscriptEntry[] } | undefined;
  return Array.isArray(item?.entries) ? item.entries : [];
}

export async function appendTranscript(
  store: KeyValueStorage,
  conversationKey: string,
  entries: readonly TranscriptEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const previous = await readTranscript(store, conversationKey);
  const all = [...previous, ...entries].slice(-MAX_TRANSCRIPT_ENTRIES);
  await store.write({ [transcriptKey(conversationKey)]: { entries: all, eTag: '*' } });
}

export async function deleteTranscript(store: KeyValueStorage, conversationKey: string): Promise<void> {
  await store.delete([transcriptKey(conversationKey)]);
}
