/**
 * SMS pages not sent yet ("Reply MORE for the rest"), kept beside the conversation until the
 * person replies MORE, answers the question instead, or the conversation is deleted.
 */
import type { RenderedMessage, SmsTurn } from '../channels';
import type { KeyValueStorage } from '../storage/store';

export interface PendingSmsPages {
  pages: string[];
  question?: RenderedMessage;
}

export const smsPagesKey = (conversationKey: string) => `sms-pages/${conversationKey}`;

export async function readSmsPages(store: KeyValueStorage, conversationKey: string): Promise<PendingSmsPages | undefined> {
  const key = smsPagesKey(conversationKey);
  const item = (await store.read([key]))[key] as PendingSmsPages | undefined;
  return item && Array.isArray(item.pages) && item.pages.length > 0 ? item : undefined;
}

/** Keeps what is left of a turn (or forgets it when nothing is). */
export async function keepSmsPages(store: KeyValueStorage, conversationKey: string, turn: Pick<SmsTurn, 'more' | 'question'>): Promise<void> {
  if (turn.more.length === 0) return store.delete([smsPagesKey(conversationKey)]);
  const pending: PendingSmsPages = { pages: turn.more, ...(turn.question ? { question: turn.question } : {}) };
  await store.write({ [smsPagesKey(conversationKey)]: { ...pending, eTag: '*' } });
}

export function deleteSmsPages(store: KeyValueStorage, conversationKey: string): Promise<void> {
  return store.delete([smsPagesKey(conversationKey)]);
}
