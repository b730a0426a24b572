/**
 * One bot turn: load the conversation, turn the activity into events, run the machine, persist,
 * render for the channel and send. Anything that fails still sends the person the 999 line.
 */
import { ActivityTypes, EventFactory, type Activity, type TurnContext } from 'botbuilder';
import { currentPrompt, type Prompt } from '../../machines/prompt';
import { runTurn, type PersistedConversation } from '../../machines/snapshot';
import type { Output } from '../../machines/triage.types';
import { render } from '../channels';
import { resolveLocale, translator, type Locale } from '../i18n';
import type { Logger } from '../logger';
import { isETagConflict, type StateStore } from '../storage';
import { appendTranscript, deleteTranscript, readTranscript, type TranscriptEntry } from '../storage/transcript';
import { eventsFromActivity, type Detectors } from './activity.events';
import { toActivities, failsafeActivity, transcriptActivities } from './outgoing.activities';
import { ConversationLock } from './conversation.lock';

export interface TurnDeps {
  store: StateStore;
  detectors: Detectors;
  logger: Logger;
  now: () => Date;
  maxMessageChars: number;
  defaultLocale: Locale;
}

/** What is stored for a conversation between turns. */
interface ConversationRecord {
  conversation: PersistedConversation;
  prompt?: Prompt;
  locale: Locale;
  updatedAt: string;
  eTag?: string;
}

export class BadActivityError extends Error {
  override name = 'BadActivityError';
}

/** Storage key for a conversation; ids are opaque and never logged with message text. */
export function conversationKey(activity: Partial<Activity>): string {
  const channel = activity.channelId;
  const conversation = activity.conversation?.id;
  if (typeof channel !== 'string' || !channel || typeof conversation !== 'string' || !conversation) {
    throw new BadActivityError('activity has no channelId or conversation id');
  }
  if (channel.length > 64 || conversation.length > 512) throw new BadActivityError('activity ids are too long');
  return `conversation/${encodeURIComponent(channel)}/${encodeURIComponent(conversation)}`;
}

function errorFacts(err: unknown): Record<string, unknown> {
  // Names and codes only: error messages can quote input.
  if (err instanceof Error) return { errName: err.name, errCode: (err as { code?: unknown }).code };
  return { errName: typeof err };
}

/** Emergency guidance must come first in a turn; notices go after it. */
function withNotice(outputs: Output[], notice: Output | undefined): Output[] {
  if (!notice) return outputs;
  const firstNonEmergency = outputs.findIndex((o) => o.kind !== 'emergency');
  const at = firstNonEmergency === -1 ? outputs.length : firstNonEmergency;
  return [...outputs.slice(0, at), notice, ...outputs.slice(at)];
}

export function createTurnHandler(deps: TurnDeps) {
  const lock = new ConversationLock();

  async function runOnce(context: TurnContext, key: string): Promise<boolean> {
    const activity = context.activity;
    const read = await deps.store.read([key]);
    const record = read[key] as ConversationRecord | undefined;
    const locale = record?.locale ?? resolveLocale(activity.locale ?? deps.defaultLocale);
    const now = deps.now();
    const input = eventsFromActivity(activity, {
      prompt: record?.prompt,
      tr: translator(locale),
      detectors: deps.detectors,
      now,
      maxChars: deps.maxMessageChars,
    });
    if (input.events.length === 0) return true;

    const result = runTurn(record?.conversation, input.events);
    let outputs = result.outputs;
    if (result.restarted) outputs = [{ kind: 'say', key: 'common.restarted' }, ...outputs];
    outputs = withNotice(outputs, input.truncated ? { kind: 'say', key: 'common.tooLong' } : undefined);
    const forget = result.done || outputs.some((o) => o.kind === 'deleteData');

    try {
      if (result.done) {
        await deps.store.delete([key]);
      } else {
        const next: ConversationRecord = {
          conversation: result.persisted,
          prompt: currentPrompt(result.state, result.context),
          locale,
          updatedAt: now.toISOString(),
          eTag: record?.eTag ?? '*',
        };
        await deps.store.write({ [key]: next });
      }
    } catch (err) {
      if (isETagConflict(err)) return false;
      throw err;
    }

    const messages = render(outputs, activity.channelId, locale);
    const activities = toActivities(messages, locale);

    const transcript: TranscriptEntry[] = [
      ...(input.userText ? [{ from: 'user' as const, at: now.toISOString(), text: input.userText }] : []),
      ...messages.map((m) => ({
        from: 'bot' as const,
        at: now.toISOString(),
        text: m.text,
        ...(m.importance ? { importance: m.importance } : {}),
      })),
    ];
    if (forget) {
      await deleteTranscript(deps.store, key);
    } else {
      await appendTranscript(deps.store, key, transcript);
    }

    if (activities.length > 0) await context.sendActivities(activities);

    for (const output of outputs) {
      if (output.kind !== 'handoff') continue;
      const entries = await readTranscript(deps.store, key);
      const handoff = EventFactory.createHandoffInitiation(
        context,
        { route: output.route, summary: output.summary },
        { activities: transcriptActivities(entries, activity) },
      );
      await context.sendActivity(handoff);
      deps.logger.info({ event: 'handoff.initiate', route: output.route, channelId: activity.channelId }, 'handoff sent');
    }
    deps.logger.debug(
      { event: 'turn', channelId: activity.channelId, events: input.events.map((e) => e.type), state: result.state },
      'turn done',
    );
    return true;
  }

  return async function handleTurn(context: TurnContext): Promise<void> {
    const activity = context.activity;
    try {
      if (activity.type !== ActivityTypes.Message && activity.type !== ActivityTypes.ConversationUpdate) return;
      const key = conversationKey(activity);
      await lock.run(key, async () => {
        // One retry when another process wrote this conversation between our read and write.
        if (!(await runOnce(context, key))) {
          if (!(await runOnce(context, key))) throw new Error('conversation kept changing under this turn');
        }
      });
    } catch (err) {
      deps.logger.error(
        { event: 'turn.failed', channelId: activity.channelId, activityType: activity.type, ...errorFacts(err) },
        'turn failed; sending the safety message',
      );
      await context.sendActivity(failsafeActivity(resolveLocale(activity.locale ?? deps.defaultLocale)));
    }
  };
}
