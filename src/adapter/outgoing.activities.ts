/**
 * Rendered messages -> Bot Framework activities: suggested actions for buttons, Adaptive Card
 * attachments, and `importance: "high"` on emergency guidance only.
 */
import { ActionTypes, ActivityTypes, CardFactory, EventFactory, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import type { RenderedMessage } from '../channels';
import { translator, type CopyLocale, type Locale } from '../i18n';
import type { TranscriptEntry } from '../storage/transcript';
import type { StoredHandoff } from './turn.effects';

export function toActivity(message: RenderedMessage, locale: Locale): Partial<Activity> {
  const activity: Partial<Activity> = { type: ActivityTypes.Message, text: message.text, locale, textFormat: 'plain' };
  if (message.importance) activity.importance = message.importance;
  if (message.question) activity.channelData = { question: message.question };
  if (message.buttons && message.buttons.length > 0) {
    const actions: CardAction[] = message.buttons.map((b) => ({
      type: ActionTypes.MessageBack,
      title: b.title,
      text: b.title,
      displayText: b.title,
      value: b.value,
    }));
    activity.suggestedActions = { actions, to: [] };
    activity.inputHint = 'expectingInput';
  }
  if (message.card) activity.attachments = [CardFactory.adaptiveCard(message.card)];
  return activity;
}

export function toActivities(messages: readonly RenderedMessage[], locale: Locale): Partial<Activity>[] {
  return messages.map((m) => toActivity(m, locale));
}

/**
 * After "delete" or "exit" on Web Chat: tells the page to clear the conversation from the screen.
 * Sent before the confirmation, so the page clears what came before and shows what follows.
 * The contract (name and value) is documented in src/channels/README.md.
 */
export const CLEAR_CONVERSATION_EVENT = 'conversation.clear';

export function clearConversationEvent(reason: 'delete' | 'exit'): Partial<Activity> {
  return { type: ActivityTypes.Event, name: CLEAR_CONVERSATION_EVENT, value: { reason } };
}

/** The static message sent when a turn fails: always the 999 line. */
export function failsafeActivity(copy: CopyLocale): Partial<Activity> {
  const tr = translator(copy);
  return { type: ActivityTypes.Message, text: tr.t('common.failsafe'), importance: 'high', locale: tr.locale };
}

/** A summary not passed on because too many were shared from the same place lately: the numbers to use instead. */
export function sharesLimitedActivity(copy: CopyLocale): Partial<Activity> {
  const tr = translator(copy);
  return { type: ActivityTypes.Message, text: tr.t('common.sharesLimited'), locale: tr.locale };
}

/** The bot's own transcript as activities, for the handoff's Transcript attachment. */
export function transcriptActivities(entries: readonly TranscriptEntry[], source: Activity): Activity[] {
  const person = { id: 'person', name: 'Person', role: 'user' };
  const bot = { id: source.recipient?.id ?? 'bot', name: 'Triage bot', role: 'bot' };
  return entries.map((entry) => ({
    type: ActivityTypes.Message,
    text: entry.text,
    timestamp: new Date(entry.at),
    localTimezone: '',
    callerId: '',
    serviceUrl: '',
    channelId: source.channelId,
    conversation: source.conversation,
    from: entry.from === 'user' ? person : bot,
    recipient: entry.from === 'user' ? bot : person,
    label: '',
    valueType: '',
    listenFor: [],
    ...(entry.importance ? { importance: entry.importance } : {}),
  }));
}

/** The Bot Framework handoff protocol's event for a handoff stored in this turn (for an agent hub). */
export function handoffInitiation(context: TurnContext, handoff: StoredHandoff): Partial<Activity> {
  return EventFactory.createHandoffInitiation(
    context,
    { handoffId: handoff.id, reference: handoff.reference, route: handoff.route, summary: handoff.summary },
    { activities: transcriptActivities(handoff.transcript, context.activity) },
  );
}
