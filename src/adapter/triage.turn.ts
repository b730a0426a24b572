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
import type { HandoffStore } from '../storage/handoff.store';
import type { ServicesConfig } from '../services';
import { expandOutputs } from '../services/next.steps';
import { appendTranscript, deleteTranscript, readTranscript } from '../storage/transcript';
import { isFromHandoffHub, type HandoffHubRule } from './handoff.hub';
import { handoffStatusFrom } from './handoff.status';
import { eventsFromActivity, type Detectors } from './activity.events';
import { failsafeActivity, toActivities, transcriptActivities } from './outgoing.activities';
import { ConversationLock } from './conversation.lock';

export interface TurnDeps {
  store: StateStore;
  handoffs: HandoffStore;
  services: ServicesConfig;
  detectors: Detectors;
  logger: Logger;
  now: () => Date;
  maxMessageChars: number;
  defaultLocale: Locale;
  /** Where handoff.status may come from; absent: nowhere (see handoff.hub.ts). */
  handoffHub?: HandoffHubRule;
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
function withNotices(outputs: Output[], notices: Output[]): Output[] {
  if (notices.length === 0) return outputs;
  const firstNonEmergency = outputs.findIndex((o) => o.kind !== 'emergency');
  const at = firstNonEmergency === -1 ? outputs.length : firstNonEmergency;
  return [...outputs.slice(0, at), ...notices, ...outputs.slice(at)];
}

const say = (key: string): Output => ({ kind: 'say', key });

/** A short reference a person can read out on the phone (from the handoff id). */
export function handoffReference(id: string): string {
  return id.replace(/-/g, '').slice(0, 8).toUpperCase();
}

export function createTurnHandler(deps: TurnDeps) {
  const lock = new ConversationLock();

  /**
   * Stores each summary the person chose to share (with the conversation only if they agreed) and
   * builds its handoff.initiate event. Returns the events and the outputs, with the reference the
   * person can quote when they call added after the "shared" message.
   */
  async function shareHandoffs(
    context: TurnContext,
    key: string,
    outputs: readonly Output[],
    locale: Locale,
    now: Date,
  ): Promise<{ events: Partial<Activity>[]; outputs: Output[] }> {
    const activity = context.activity;
    const events: Partial<Activity>[] = [];
    const worded: Output[] = [];
    for (const output of outputs) {
      worded.push(output);
      if (output.kind !== 'handoff') continue;
      const entries = output.includeTranscript ? await readTranscript(deps.store, key) : [];
      const summary = { ...output.summary, channel: activity.channelId, locale };
      const saved = await deps.handoffs.create(
        { conversationKey: key, channelId: activity.channelId, locale, route: output.route, summary, transcript: entries },
        now,
      );
      const reference = saved.reference;
      events.push(
        EventFactory.createHandoffInitiation(
          context,
          { handoffId: saved.id, reference, route: output.route, summary },
          { activities: transcriptActivities(entries, activity) },
        ),
      );
      worded.push({ kind: 'say', key: 'handoff.reference', params: { ref: reference } });
      deps.logger.info({ event: 'handoff.initiate', route: output.route, channelId: activity.channelId }, 'handoff stored');
    }
    // The reference goes right after the "shared" message that the machine said with the handoff.
    const ref = worded.findIndex((o) => o.kind === 'say' && o.key === 'handoff.reference');
    if (ref !== -1) {
      const [reference] = worded.splice(ref, 1);
      const sent = worded.findIndex((o) => o.kind === 'say' && o.key.startsWith('handoff.sent'));
      worded.splice(sent === -1 ? ref : sent + 1, 0, reference!);
    }
    return { events, outputs: worded };
  }

  /** Deletes what "delete" or "exit" asked for; says so when a shared summary was withdrawn. */
  async function forget(key: string, deletion: Extract<Output, { kind: 'deleteData' }>, outputs: Output[], now: Date): Promise<Output[]> {
    await deleteTranscript(deps.store, key);
    if (!deletion.includeShared) return outputs;
    const withdrawn = await deps.handoffs.deleteUnclaimed(key, now);
    return withdrawn > 0 ? [...outputs, say('delete.sharedWithdrawn')] : outputs;
  }

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
    const notices = [...(result.restarted ? [say('common.restarted')] : []), ...(input.truncated ? [say('common.tooLong')] : [])];
    let outputs = withNotices(expandOutputs(result.outputs, deps.services, now), notices);

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

    const shared = await shareHandoffs(context, key, outputs, locale, now);
    outputs = shared.outputs;
    const deletion = outputs.find((o): o is Extract<Output, { kind: 'deleteData' }> => o.kind === 'deleteData');
    if (deletion) outputs = await forget(key, deletion, outputs, now);
    else if (result.done) await deleteTranscript(deps.store, key);

    const messages = render(outputs, activity.channelId, locale);
    if (!deletion && !result.done) {
      const stamp = now.toISOString();
      await appendTranscript(deps.store, key, [
        ...(input.userText ? [{ from: 'user' as const, at: stamp, text: input.userText }] : []),
        ...messages.map((m) => ({ from: 'bot' as const, at: stamp, text: m.text, ...(m.importance ? { importance: m.importance } : {}) })),
      ]);
    }

    const activities = [...toActivities(messages, locale), ...shared.events];
    if (activities.length > 0) await context.sendActivities(activities);
    deps.logger.debug(
      { event: 'turn', channelId: activity.channelId, events: input.events.map((e) => e.type), state: result.state },
      'turn done',
    );
    return true;
  }

  /**
   * The agent hub reports on a handoff: record it. Only from the hub (never the person's own
   * channel, or a person could mark their handoff done and keep "delete" from withdrawing it).
   * The person is not messaged: the hub's event is not in their conversation.
   */
  async function handleHandoffStatus(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!isFromHandoffHub(activity, deps.handoffHub)) {
      deps.logger.info({ event: 'handoff.statusRefused', channelId: activity.channelId }, 'handoff.status not from the agent hub: ignored');
      return;
    }
    const report = handoffStatusFrom(activity.value);
    if (!report) return;
    const updated = await deps.handoffs.setStatus(report.handoffId, report.status, { by: 'agent-hub' });
    deps.logger.info({ event: 'handoff.status', state: report.state, status: report.status, found: updated !== undefined }, 'handoff status from the agent hub');
  }

  return async function handleTurn(context: TurnContext): Promise<void> {
    const activity = context.activity;
    try {
      if (activity.type === ActivityTypes.Event && activity.name === 'handoff.status') {
        await handleHandoffStatus(context);
        return;
      }
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
