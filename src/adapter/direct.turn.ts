/**
 * Runs one turn of the bot for an activity that did not come through the Bot Framework service
 * (the Twilio SMS webhook): the same turn handler, store and rules as every channel, with the
 * replies collected instead of posted to a serviceUrl. Only message replies are returned.
 */
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';

export interface DirectMessage {
  text: string;
  importance?: 'high';
}

/** A turn for a message a person sent on a channel we receive ourselves. */
export interface DirectInbound {
  channelId: string;
  /** Opaque conversation id (e.g. a keyed hash of the sender's number): never a raw number in logs. */
  conversationId: string;
  fromId: string;
  text: string;
  id?: string;
  locale?: string;
}

export type DirectTurnRunner = (inbound: DirectInbound) => Promise<DirectMessage[]>;

class CollectingAdapter extends BotAdapter {
  readonly sent: Partial<Activity>[] = [];

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    this.sent.push(...activities);
    return activities.map((_a, i) => ({ id: String(this.sent.length - activities.length + i) }));
  }

  async updateActivity(): Promise<void> {
    throw new Error('updating a message is not supported on this channel');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('deleting a message is not supported on this channel');
  }

  async continueConversation(_reference: Partial<ConversationReference>): Promise<void> {
    throw new Error('proactive turns are sent through the channel API, not this adapter');
  }

  run(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return this.runMiddleware(new TurnContext(this, activity), logic);
  }
}

export function createDirectTurnRunner(logic: (context: TurnContext) => Promise<void>): DirectTurnRunner {
  return async (inbound) => {
    const adapter = new CollectingAdapter();
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      channelId: inbound.channelId,
      conversation: { id: inbound.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: inbound.fromId, name: '', role: 'user' },
      recipient: { id: 'triage-bot', name: 'Triage bot', role: 'bot' },
      id: inbound.id,
      text: inbound.text,
      locale: inbound.locale,
      timestamp: new Date(),
      serviceUrl: '',
    };
    await adapter.run(activity, logic);
    return adapter.sent
      .filter((a) => a.type === ActivityTypes.Message && typeof a.text === 'string' && a.text.length > 0)
      .map((a) => ({ text: a.text!, ...(a.importance === 'high' ? { importance: 'high' as const } : {}) }));
  };
}
