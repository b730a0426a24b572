/**
 * Microsoft Teams: where a message was written, and what it says without @mentions.
 *
 * A bot that asks about stalking must not do it where colleagues can read: outside a personal
 * (one-to-one) chat the bot answers with a short message and the numbers only, and keeps nothing.
 * In a group or channel Teams puts "<at>Bot</at>" into the text; it is removed before reading.
 */
import type { Activity } from 'botbuilder';

export function isTeamsSharedConversation(activity: Partial<Activity>): boolean {
  if (activity.channelId !== 'msteams') return false;
  const conversation = activity.conversation;
  if (!conversation) return false;
  if (conversation.conversationType) return conversation.conversationType !== 'personal';
  return conversation.isGroup === true;
}

interface MentionEntity {
  type?: string;
  text?: string;
  mentioned?: { id?: string };
}

/** The message text with the bot's @mention (and any other <at> tags) taken out. */
export function withoutMentions(activity: Partial<Activity>): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  for (const entity of (activity.entities ?? []) as MentionEntity[]) {
    if (entity.type === 'mention' && typeof entity.text === 'string' && entity.text) text = text.split(entity.text).join(' ');
  }
  return text.replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ').replace(/\s+/g, ' ').trim();
}

/** A Teams deep link that opens a one-to-one chat with the bot (its id is "28:<app id>" in Teams). */
export function privateChatUrl(activity: Partial<Activity>): string | undefined {
  const botId = activity.recipient?.id;
  return botId ? `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}` : undefined;
}
