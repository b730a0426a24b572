/**
 * The self-hosted Direct Line endpoint's way into the bot: a small botbuilder adapter that runs a
 * posted activity through the same turn handler as /api/messages (channelId "webchat") and hands
 * every reply to the Direct Line log instead of POSTing it to a serviceUrl. It also sends
 * bot-initiated messages (proactive) into a person's Direct Line conversation.
 */
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { NewDirectLineActivity } from '../directline/directline.store';
import type { Logger } from '../logger';
import type { TurnHandler } from './triage.turn';

export const DIRECTLINE_BOT = { id: 'helpline-triage-bot', name: 'Helpline helper', role: 'bot' as const };

/** Event activities meant for an agent hub, not the person's browser (kept out of their log). */
const NOT_FOR_THE_PERSON = new Set(['handoff.initiate']);

export interface DirectLineBridgeDeps {
  logic: Pick<TurnHandler, 'failsafe'> & ((context: TurnContext) => Promise<void>);
  /** Stores a bot activity in the conversation's log; its id, or undefined when the conversation is gone. */
  deliver(conversationId: string, activity: NewDirectLineActivity): Promise<string | undefined>;
  logger: Logger;
  serviceUrl: string;
  now?: () => Date;
}

export interface DirectLineBridge {
  /** Runs one stored user activity (or a join) through the bot; replies go to the log. */
  runTurn(activity: NewDirectLineActivity & { id?: string }): Promise<void>;
  /** Bot-initiated messages into a person's conversation. False when the conversation is gone. */
  sendToConversation(conversationId: string, activities: Partial<Activity>[]): Promise<boolean>;
}

/** Stored JSON -> an Activity as botbuilder's own request handling makes it (timestamps as Dates). */
function toBotActivity(stored: Record<string, unknown>): Activity {
  const activity: Record<string, unknown> = { ...stored };
  if (typeof activity.timestamp === 'string') {
    activity.rawTimestamp = activity.timestamp;
    activity.timestamp = new Date(activity.timestamp);
  }
  return activity as unknown as Activity;
}

class DirectLineAdapter extends BotAdapter {
  constructor(private readonly deps: DirectLineBridgeDeps) {
    super();
  }

  private toStored(activity: Partial<Activity>, conversationId: string): NewDirectLineActivity | undefined {
    // JSON round trip: Dates become ISO strings, undefined fields go.
    const json = JSON.parse(JSON.stringify(activity)) as Record<string, unknown>;
    return {
      ...json,
      type: typeof json.type === 'string' ? json.type : ActivityTypes.Message,
      channelId: 'webchat',
      conversation: { id: conversationId },
      from: { ...DIRECTLINE_BOT },
      recipient: json.recipient as NewDirectLineActivity['recipient'],
      timestamp: (this.deps.now?.() ?? new Date()).toISOString(),
      serviceUrl: this.deps.serviceUrl,
    };
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation?.id;
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, Math.min(Number(activity.value) || 0, 5000)));
        responses.push({ id: '' });
        continue;
      }
      if (activity.type === ActivityTypes.InvokeResponse || activity.type === ActivityTypes.Trace) {
        responses.push({ id: '' });
        continue;
      }
      if (activity.type === ActivityTypes.Event && NOT_FOR_THE_PERSON.has(activity.name ?? '')) {
        responses.push({ id: '' });
        continue;
      }
      const target = activity.conversation?.id ?? conversationId;
      const stored = target ? this.toStored(activity, target) : undefined;
      const id = stored && target ? await this.deps.deliver(target, stored) : undefined;
      responses.push({ id: id ?? '' });
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('Direct Line messages cannot be edited');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('Direct Line messages cannot be deleted one by one');
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  run(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return this.runMiddleware(new TurnContext(this, activity), logic);
  }
}

export function createDirectLineBridge(deps: DirectLineBridgeDeps): DirectLineBridge {
  const adapter = new DirectLineAdapter(deps);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    deps.logger.error({ event: 'directline.turnError', errName: error instanceof Error ? error.name : typeof error }, 'unhandled Direct Line turn error');
    try {
      await context.sendActivity(deps.logic.failsafe(context.activity?.locale));
    } catch {
      deps.logger.error({ event: 'directline.failsafeFailed' }, 'could not send the safety message');
    }
  };

  return {
    runTurn: (activity) => adapter.run(toBotActivity(activity), deps.logic),
    async sendToConversation(conversationId, activities) {
      let delivered = false;
      await adapter.continueConversation(
        { channelId: 'webchat', conversation: { id: conversationId } as ConversationReference['conversation'], bot: { ...DIRECTLINE_BOT }, serviceUrl: deps.serviceUrl },
        async (context) => {
          const sent = await context.sendActivities(activities);
          delivered = sent.some((r) => r.id !== '');
        },
      );
      return delivered;
    },
  };
}
