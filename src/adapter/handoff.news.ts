/**
 * News of a shared summary (`handoff.status` from the agent hub) that could not be told when it
 * came, because the person's safe-contact words did not allow a message then (src/contact): kept
 * beside the conversation and told when they next write to us themselves. Only the hub's state
 * word is kept, never text; it goes with the conversation ("delete", "exit", retention).
 */
import { z } from 'zod/v4';
import type { KeyValueStorage } from '../storage/store';

export type HandoffNews = 'accepted' | 'failed' | 'completed';

const newsSchema = z.object({ news: z.array(z.enum(['accepted', 'failed', 'completed'])).min(1).max(10) });

export const handoffNewsKey = (conversationKey: string) => `handoff-news/${conversationKey}`;

export async function readHandoffNews(store: KeyValueStorage, conversationKey: string): Promise<HandoffNews[]> {
  const key = handoffNewsKey(conversationKey);
  const parsed = newsSchema.safeParse((await store.read([key]))[key]);
  return parsed.success ? parsed.data.news : [];
}

/** Adds news for later; a later state replaces an earlier one ("completed" after "accepted"). */
export async function keepHandoffNews(store: KeyValueStorage, conversationKey: string, news: HandoffNews): Promise<void> {
  const earlier = await readHandoffNews(store, conversationKey);
  const kept = news === 'completed' ? [news] : [...earlier.filter((n) => n !== news), news].slice(-10);
  await store.write({ [handoffNewsKey(conversationKey)]: { news: kept, eTag: '*' } });
}

export function deleteHandoffNews(store: KeyValueStorage, conversationKey: string): Promise<void> {
  return store.delete([handoffNewsKey(conversationKey)]);
}
