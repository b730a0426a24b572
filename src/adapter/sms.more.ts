/**
 * SMS pages not sent yet ("Reply MORE for the rest"), kept beside the conversation until the
 * person replies MORE, answers the question instead, or the conversation is deleted.
 */
import { z } from 'zod/v4';
import { isQuestionId, type QuestionId } from '../../dialogs/questions';
import type { RenderedMessage, SmsTurn } from '../channels';
import type { KeyValueStorage } from '../storage/store';

export interface PendingSmsPages {
  pages: string[];
  question?: RenderedMessage;
}

/** What is read back is checked: SMS questions are plain text (no buttons or cards kept). */
const pendingSchema = z.object({
  pages: z.array(z.string()).min(1),
  question: z
    .object({
      text: z.string(),
      importance: z.literal('high').optional(),
      deferrable: z.literal(true).optional(),
      question: z.custom<QuestionId>(isQuestionId).optional(),
    })
    .optional(),
});

export const smsPagesKey = (conversationKey: string) => `sms-pages/${conversationKey}`;

export async function readSmsPages(store: KeyValueStorage, conversationKey: string): Promise<PendingSmsPages | undefined> {
  const key = smsPagesKey(conversationKey);
  const parsed = pendingSchema.safeParse((await store.read([key]))[key]);
  return parsed.success ? parsed.data : undefined;
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
