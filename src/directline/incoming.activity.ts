/**
 * What a browser may post to /v3/directline/conversations/{id}/activities, and the activity the
 * server stores from it. The server decides who sent it (the token's user), when, and where: a
 * client can't pose as the bot or write into another conversation. Attachments are not accepted.
 */
import { z } from 'zod/v4';
import type { NewDirectLineActivity } from './directline.store';
import { storableText } from '../text/stored.text';

/**
 * The largest `value` or `text` an event may carry, in characters of JSON. The bot reads no event a
 * person's page sends (none of ours sends one), yet each is stored in the conversation's log and
 * read back with it: 64 KB events filled storage at ~640 KB/s per client and slowed everyone's
 * reads (an attacker review). Card submissions are messages, not events, and are not capped here.
 */
export const MAX_EVENT_CHARS = 1_000;

const incomingSchema = z.object({
  type: z.enum(['message', 'event']),
  text: z.string().max(20_000).optional(),
  value: z.unknown().optional(),
  name: z.string().max(100).optional(),
  locale: z.string().max(20).optional(),
  attachments: z.array(z.unknown()).max(0, 'Attachments are not accepted.').optional(),
  channelData: z
    .object({
      clientActivityID: z.string().max(100).optional(),
      clientTimestamp: z.string().max(40).optional(),
      messageBack: z.object({ displayText: z.string().max(1000).optional() }).partial().optional(),
      postBack: z.boolean().optional(),
    })
    .partial()
    .passthrough()
    .optional(),
}).superRefine((activity, ctx) => {
  if (activity.type !== 'event') return;
  if ((JSON.stringify(activity.value) ?? '').length > MAX_EVENT_CHARS) ctx.addIssue({ code: 'custom', path: ['value'], message: 'too large for an event' });
  if ((activity.text ?? '').length > MAX_EVENT_CHARS) ctx.addIssue({ code: 'custom', path: ['text'], message: 'too large for an event' });
});

export type IncomingCheck = { ok: true; activity: z.infer<typeof incomingSchema> } | { ok: false; error: string };

export function checkIncoming(body: unknown): IncomingCheck {
  const parsed = incomingSchema.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  // Field names only, never values.
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'activity'))].join(', ');
  return { ok: false, error: `The activity is not valid (${fields}).` };
}

export interface Sender {
  conversationId: string;
  userId: string;
  botId: string;
  serviceUrl: string;
  now: Date;
}

export function storedUserActivity(incoming: z.infer<typeof incomingSchema>, sender: Sender): NewDirectLineActivity {
  const cd = incoming.channelData;
  const channelData = {
    ...(cd?.clientActivityID !== undefined ? { clientActivityID: cd.clientActivityID } : {}),
    ...(cd?.clientTimestamp !== undefined ? { clientTimestamp: cd.clientTimestamp } : {}),
    ...(cd?.messageBack?.displayText !== undefined ? { messageBack: { displayText: storableText(cd.messageBack.displayText) } } : {}),
    ...(cd?.postBack !== undefined ? { postBack: cd.postBack } : {}),
  };
  return {
    type: incoming.type,
    channelId: 'webchat',
    conversation: { id: sender.conversationId },
    from: { id: sender.userId, role: 'user' },
    recipient: { id: sender.botId, role: 'bot' },
    timestamp: sender.now.toISOString(),
    serviceUrl: sender.serviceUrl,
    ...(incoming.text !== undefined ? { text: storableText(incoming.text) } : {}),
    ...(incoming.value !== undefined ? { value: incoming.value } : {}),
    ...(incoming.name !== undefined ? { name: incoming.name } : {}),
    ...(incoming.locale !== undefined ? { locale: incoming.locale } : {}),
    ...(Object.keys(channelData).length > 0 ? { channelData } : {}),
  };
}
