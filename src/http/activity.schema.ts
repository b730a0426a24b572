/**
 * The shape an incoming activity must have before it reaches the adapter: a type, a channel, a
 * conversation and a sender, with every id within a length limit. Anything else is a 400 here, not
 * a turn that fails later. Unknown fields pass through untouched (the Activity schema is large).
 */
import { z } from 'zod/v4';

/** Kept in step with conversationKey() in src/adapter/triage.turn.ts (64 / 512). */
export const ACTIVITY_LIMITS = { channelId: 64, conversationId: 512, id: 256, serviceUrl: 2048, locale: 64 } as const;

const NO_CONTROL_CHARS = /^[^\u0000-\u001f\u007f]*$/;
const requiredId = (max: number) => z.string().min(1).max(max).regex(NO_CONTROL_CHARS);
const optionalId = (max: number) => z.string().max(max).regex(NO_CONTROL_CHARS).nullish();
const account = z.object({ id: requiredId(ACTIVITY_LIMITS.id) }).passthrough();

const activitySchema = z
  .object({
    type: z.string().regex(/^[A-Za-z]{1,32}$/),
    channelId: z.string().regex(/^[A-Za-z0-9._-]+$/).max(ACTIVITY_LIMITS.channelId),
    conversation: z.object({ id: requiredId(ACTIVITY_LIMITS.conversationId) }).passthrough(),
    from: account,
    recipient: account.nullish(),
    id: optionalId(ACTIVITY_LIMITS.id),
    replyToId: optionalId(ACTIVITY_LIMITS.id),
    serviceUrl: z.string().max(ACTIVITY_LIMITS.serviceUrl).nullish(),
    deliveryMode: z.string().max(32).nullish(),
    locale: z.string().max(ACTIVITY_LIMITS.locale).nullish(),
    name: z.string().max(256).nullish(),
    text: z.string().nullish(),
    membersAdded: z.array(z.object({ id: optionalId(ACTIVITY_LIMITS.id) }).passthrough()).max(50).nullish(),
  })
  .passthrough();

export type IncomingActivity = z.infer<typeof activitySchema>;

export type ActivityCheck = { ok: true; activity: IncomingActivity & Record<string, unknown> } | { ok: false; error: string };

/** Validates the parsed body. The error names the fields (never their values). */
export function checkActivity(body: unknown): ActivityCheck {
  const parsed = activitySchema.safeParse(body);
  if (parsed.success) return { ok: true, activity: body as IncomingActivity & Record<string, unknown> };
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'body'))].slice(0, 5);
  return {
    ok: false,
    error: `The body must be a Bot Framework activity with type, channelId, conversation.id and from.id, each id within its length limit (check: ${fields.join(', ')}).`,
  };
}
