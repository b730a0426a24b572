/**
 * What is stored for a conversation between turns, and its validation when read: a record that
 * does not match (a bug, a hand edit, a half-written row) is reported as corrupt - with the
 * names of the fields that failed, never their content - so the turn starts afresh instead of
 * crashing. The machine snapshot inside is the machine's own: `runTurn` checks its version and
 * restarts politely when it can't use it.
 */
import { z } from 'zod/v4';
import type { Snapshot } from 'xstate';
import { isQuestionId, type QuestionId } from '../../dialogs/questions';
import type { Prompt } from '../../machines/prompt';
import type { PersistedConversation } from '../../machines/snapshot';
import { isLocale, type Locale } from '../i18n';

export interface ConversationRecord {
  conversation: PersistedConversation;
  prompt?: Prompt;
  locale: Locale;
  updatedAt: string;
  eTag?: string;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

const recordSchema = z.object({
  conversation: z.object({
    machineVersion: z.number(),
    snapshot: z.custom<Snapshot<unknown>>(isObject),
  }),
  prompt: z
    .object({
      question: z.custom<QuestionId>(isQuestionId),
      mode: z.enum(['ask', 'confirm']),
      choices: z.array(z.string()).readonly(),
    })
    .optional(),
  locale: z.custom<Locale>(isLocale),
  updatedAt: z.string(),
  eTag: z.string().optional(),
}) satisfies z.ZodType<ConversationRecord>;

export type StoredConversation =
  | { kind: 'none' }
  | { kind: 'valid'; record: ConversationRecord; eTag: string | null }
  /** Unreadable: start afresh, overwriting it (its eTag). `fields` names what failed, never its value. */
  | { kind: 'corrupt'; eTag: string | null; fields: string[] };

function eTagOf(stored: unknown): string | null {
  if (!isObject(stored) || !('eTag' in stored)) return null;
  return typeof stored.eTag === 'string' ? stored.eTag : null;
}

/** The stored item for a conversation, checked. */
export function readConversationRecord(stored: unknown): StoredConversation {
  if (stored === undefined) return { kind: 'none' };
  const parsed = recordSchema.safeParse(stored);
  if (parsed.success) return { kind: 'valid', record: parsed.data, eTag: parsed.data.eTag ?? null };
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(record)'))];
  return { kind: 'corrupt', eTag: eTagOf(stored), fields };
}
