/**
 * One bot turn: load the conversation, turn the activity into events, run the machine, persist,
 * render for the channel and send. Anything that fails still sends the person the 999 line.
 */
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { currentPrompt } from '../../machines/prompt';
import { runTurn } from '../../machines/snapshot';
import type { Output } from '../../machines/triage.types';
import { channelKind, nextSmsPages, render, renderSmsTurn, renderTeamsSharedChat, smsPaging, type RenderedMessage } from '../channels';
import { normaliseForMatch, normalisePhrase } from '../understanding/choice.matcher';
import { phoneNumbers, resolveLocale, SUPPORTED_LOCALES, translator, type CopyContext, type CopyKey, type Locale } from '../i18n';
import type { Logger } from '../logger';
import { isETagConflict, type StateStore } from '../storage';
import type { HandoffStore } from '../storage/handoff.store';
import type { ServicesConfig } from '../services';
import { expandOutputs } from '../services/next.steps';
import { DEFAULT_RETENTION_DAYS } from '../config';
import { isFromHandoffHub, type HandoffHubRule } from './handoff.hub';
import { handoffStatusFrom } from './handoff.status';
import { eventsFromActivity, type Detectors } from './activity.events';
import { clearConversationEvent, failsafeActivity, handoffInitiation, sharesLimitedActivity, toActivities } from './outgoing.activities';
import { createTurnEffects, sayEffectResults, SharesLimitedError } from './turn.effects';
import { ConversationLock } from './conversation.lock';
import { readConversationRecord, type ConversationRecord } from './conversation.record';
import { deleteSmsPages, keepSmsPages, readSmsPages } from './sms.more';
import { withRunningFacts } from './worded.outputs';
import { deleteHandoffNews, keepHandoffNews, readHandoffNews, type HandoffNews } from './handoff.news';
import { messageTiming, readSafeContact } from '../contact/safe.contact';
import { isTeamsSharedConversation, privateChatUrl } from './teams.scope';
import { SendPacer, TEAMS_MESSAGES_PER_SECOND } from './send.pacer';

export interface TurnDeps {
  store: StateStore;
  handoffs: HandoffStore;
  services: ServicesConfig;
  detectors: Detectors;
  logger: Logger;
  now: () => Date;
  maxMessageChars: number;
  defaultLocale: Locale;
  /** The locales this bot serves (default: every registered one; tests add the pseudo-locale). */
  locales?: readonly Locale[];
  /** A stored conversation untouched this long is never resumed (RETENTION_DAYS); absent: no limit. */
  retentionMs?: number;
  /** Where handoff.status may come from; absent: nowhere (see handoff.hub.ts). */
  handoffHub?: HandoffHubRule;
  /** Paces replies per conversation on Teams (default: 7 a second). Tests pass a fake clock. */
  teamsPacer?: SendPacer;
  /**
   * Bot-initiated messages into a person's conversation, for the channels that can take them (the
   * self-hosted web chat). False when the channel can't, or the conversation is gone.
   */
  notifyPerson?: (channelId: string, conversationId: string, activities: Partial<Activity>[]) => Promise<boolean>;
  /**
   * Deletes a channel's own copy of the conversation where we hold one (the self-hosted web chat's
   * Direct Line log) whenever the person's data is deleted ("delete", "exit", "start again").
   */
  forgetChannelCopy?: (channelId: string, conversationId: string) => Promise<void>;
  /** Whether one more summary may be shared now (turn.effects.ts); absent: always. */
  admitHandoff?: (channelId: string) => boolean;
}

export { handoffReference } from '../storage/handoff.store';

export class BadActivityError extends Error {
  override name = 'BadActivityError';
}

/** The channel and conversation a storage key was made from (see conversationKey). */
export function parseConversationKey(key: string): { channelId: string; conversationId: string } | undefined {
  const match = /^conversation\/([^/]+)\/([^/]+)$/.exec(key);
  if (!match) return undefined;
  try {
    return { channelId: decodeURIComponent(match[1]!), conversationId: decodeURIComponent(match[2]!) };
  } catch {
    return undefined;
  }
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

const say = (key: CopyKey): Output => ({ kind: 'say', key });

const DAY_MS = 24 * 60 * 60 * 1000;

/** Attempts at a turn when other instances keep committing to the same conversation first. */
const MAX_TURN_ATTEMPTS = 16;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The turn handler every channel runs, and the "delete my data" path on its own. */
export type TurnHandler = ((context: TurnContext) => Promise<void>) & {
  forgetConversation(channelId: string, conversationId: string): Promise<void>;
  /** The safety message for a turn that failed outside the handler (the adapters' onTurnError). */
  failsafe(activityLocale: string | undefined): Partial<Activity>;
};

export function createTurnHandler(deps: TurnDeps): TurnHandler {
  const lock = new ConversationLock();
  const teamsPacer = deps.teamsPacer ?? new SendPacer(TEAMS_MESSAGES_PER_SECOND);
  const phones = phoneNumbers(deps.services);
  const served = deps.locales ?? SUPPORTED_LOCALES;
  const localeOf = (activity: Partial<Activity>): Locale => resolveLocale(activity.locale ?? deps.defaultLocale, served);
  // What the welcome says is kept, and for how long (RETENTION_DAYS; tests without a limit: the default).
  const retentionDays = deps.retentionMs === undefined ? DEFAULT_RETENTION_DAYS : Math.round(deps.retentionMs / DAY_MS);
  const turnEffects = createTurnEffects({ handoffs: deps.handoffs, logger: deps.logger, forgetChannelCopy, admitHandoff: deps.admitHandoff });

  /** Sends a turn's replies; on Teams at most 7 a second to one conversation. */
  async function send(context: TurnContext, key: string, activities: Partial<Activity>[]): Promise<void> {
    if (activities.length === 0) return;
    if (context.activity.channelId !== 'msteams') {
      await context.sendActivities(activities);
      return;
    }
    await teamsPacer.send(key, activities, async (batch) => {
      await context.sendActivities(batch);
    });
  }

  /** A stored conversation untouched for longer than the retention period is never resumed. */
  function isExpired(record: ConversationRecord, now: Date): boolean {
    if (deps.retentionMs === undefined) return false;
    const updated = Date.parse(record.updatedAt);
    return !Number.isFinite(updated) || updated < now.getTime() - deps.retentionMs;
  }

  /**
   * SMS "MORE": the next pages of a long reply, then the question again. False when the message
   * is not MORE or nothing is left to send (then it is read as usual).
   */
  async function sendMorePages(context: TurnContext, key: string, stored: ConversationRecord, copy: CopyContext): Promise<boolean> {
    const activity = context.activity;
    if (activity.channelId !== 'sms' || typeof activity.text !== 'string') return false;
    const paging = smsPaging(copy);
    if (!paging.moreWords.map(normalisePhrase).includes(normaliseForMatch(activity.text))) return false;
    const pending = await readSmsPages(deps.store, key);
    if (!pending) return false;
    const turn = nextSmsPages(pending.pages, pending.question, paging);
    const stamp = deps.now().toISOString();
    // The state is unchanged; the commit appends the lines (and fails if another turn wrote first).
    const { eTag, ...value } = stored;
    await deps.store.commitTurn({
      key,
      expectedETag: eTag ?? null,
      value: { ...value, updatedAt: stamp },
      append: [{ from: 'user', at: stamp, text: activity.text }, ...turn.texts.map((m) => ({ from: 'bot' as const, at: stamp, text: m.text }))],
    });
    await keepSmsPages(deps.store, key, turn);
    await send(context, key, toActivities(turn.texts, copy.locale));
    return true;
  }

  /**
   * "Delete my data" without a message (the web chat's quick exit): the conversation's state, its
   * transcript and any shared summary staff have not picked up, exactly as the "delete" command.
   */
  async function forgetConversation(channelId: string, conversationId: string): Promise<void> {
    const key = conversationKey({ channelId, conversation: { id: conversationId } as Activity['conversation'] });
    await lock.run(key, async () => {
      await deps.store.delete([key]);
      await deleteHandoffNews(deps.store, key);
      await forgetChannelCopy(key);
      await deps.handoffs.deleteUnclaimed(key, deps.now());
    });
    deps.logger.info({ event: 'conversation.forgotten', channelId }, 'conversation deleted on request');
  }

  /** The channel's own copy of the conversation, where we hold one (the web chat's Direct Line log). */
  async function forgetChannelCopy(key: string): Promise<void> {
    const target = parseConversationKey(key);
    if (target && deps.forgetChannelCopy) await deps.forgetChannelCopy(target.channelId, target.conversationId);
  }


  async function runOnce(context: TurnContext, key: string, handoffIds: string[]): Promise<boolean> {
    const activity = context.activity;
    const now = deps.now();
    const read = await deps.store.read([key]);
    const stored = readConversationRecord(read[key]);
    const expectedETag = stored.kind === 'none' ? null : stored.eTag;
    if (stored.kind === 'corrupt') {
      deps.logger.warn({ event: 'conversation.corrupt', channelId: activity.channelId, fields: stored.fields }, 'stored conversation unreadable: starting afresh');
    }
    const expired = stored.kind === 'valid' && isExpired(stored.record, now);
    if (expired) deps.logger.info({ event: 'conversation.expired', channelId: activity.channelId }, 'stored conversation past retention: starting afresh');
    const record = stored.kind === 'valid' && !expired ? stored.record : undefined;
    // The turn's one locale: the conversation's own (while still served), else the activity's, else the default.
    const locale = record && served.includes(record.locale) ? record.locale : localeOf(activity);
    const copy: CopyContext = { locale, phones };
    if (record && (await sendMorePages(context, key, record, copy))) return true;
    const input = await eventsFromActivity(activity, {
      prompt: record?.prompt,
      tr: translator(copy),
      detectors: deps.detectors,
      now,
      maxChars: deps.maxMessageChars,
    });
    if (input.events.length === 0) return true;

    const result = runTurn(record?.conversation, input.events);
    const restarted = result.restarted || stored.kind === 'corrupt';
    const notices = [...(restarted ? [say('common.restarted')] : []), ...(input.truncated ? [say('common.tooLong')] : [])];
    const worded = withRunningFacts(expandOutputs(result.outputs, deps.services, now), { retentionDays, services: deps.services, now, tr: translator(copy) });
    const machineOutputs = withNotices(worded, notices);
    // Effects first: if storing a handoff fails, nothing is saved and the person can share again.
    const effects = await turnEffects.run(machineOutputs, {
      key,
      channelId: activity.channelId,
      locale,
      now,
      baseETag: expectedETag,
      earlierHandoffIds: handoffIds,
      history: () => (expired ? Promise.resolve([]) : deps.store.readTranscript(key)),
    });
    const forgetting = effects.deleted || result.done;
    // News of their shared summary kept until they wrote to us (handoff.news.ts): told now.
    // (Only read once they have shared: no extra read on other turns.)
    const news = record && !forgetting && result.context.consent === 'share' ? await readHandoffNews(deps.store, key) : [];
    const outputs = withNotices(sayEffectResults(machineOutputs, effects), news.map((n) => say(`handoff.status.${n}`)));
    // SMS: at most 3 texts a turn, the rest kept for "MORE" (renderSmsTurn).
    const sms = activity.channelId === 'sms' && !forgetting ? renderSmsTurn(outputs, copy) : undefined;
    const messages: RenderedMessage[] =
      sms?.texts ?? (activity.channelId === 'sms' ? renderSmsTurn(outputs, copy).texts : render(outputs, activity.channelId, copy));
    const stamp = now.toISOString();

    try {
      await deps.store.commitTurn({
        key,
        expectedETag,
        value: result.done
          ? null
          : ({
              conversation: result.persisted,
              prompt: currentPrompt(result.state, result.context),
              locale,
              updatedAt: stamp,
            } satisfies ConversationRecord),
        clearTranscript: forgetting || expired,
        append: forgetting
          ? []
          : [
              ...(input.userText ? [{ from: 'user' as const, at: stamp, text: input.userText }] : []),
              ...messages.map((m) => ({ from: 'bot' as const, at: stamp, text: m.text, ...(m.importance ? { importance: m.importance } : {}) })),
            ],
      });
    } catch (err) {
      if (isETagConflict(err)) return false;
      throw err;
    }

    if (news.length > 0 || forgetting) await deleteHandoffNews(deps.store, key);
    if (sms) await keepSmsPages(deps.store, key, sms);
    else if (activity.channelId === 'sms') await deleteSmsPages(deps.store, key);

    // An SMS opt-out word: the carrier blocks every reply now, so none is sent (the chat is deleted).
    // Web Chat: after "delete" or "exit" the page clears the conversation from the screen, then
    // shows the confirmation ("start again" also forgets, but the person carries on, so it stays).
    const restarting = outputs.some((o) => o.kind === 'say' && o.key === 'restart.done');
    const cleared = result.done || (effects.deleted && !restarting);
    const exiting = input.events.some((e) => e.type === 'user.command' && e.command === 'exit');
    const clear = cleared && channelKind(activity.channelId) === 'webchat' ? [clearConversationEvent(exiting ? 'exit' : 'delete')] : [];
    const activities = input.silent ? [] : [...clear, ...toActivities(messages, locale), ...effects.handoffs.map((h) => handoffInitiation(context, h))];
    await send(context, key, activities);
    deps.logger.debug(
      { event: 'turn', channelId: activity.channelId, events: input.events.map((e) => e.type), state: result.state },
      'turn done',
    );
    return true;
  }

  /**
   * The agent hub reports on a handoff: record it. Only from the hub (never the person's own
   * channel, or a person could mark their handoff done and keep "delete" from withdrawing it).
   */
  async function handleHandoffStatus(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!isFromHandoffHub(activity, deps.handoffHub)) {
      deps.logger.info({ event: 'handoff.statusRefused', channelId: activity.channelId }, 'handoff.status not from the agent hub: ignored');
      return;
    }
    const report = handoffStatusFrom(activity.value);
    if (!report) return;
    const updated = await deps.handoffs.setStatus(report.handoffId, report.status);
    deps.logger.info({ event: 'handoff.status', status: report.status, found: updated !== undefined }, 'handoff status from the agent hub');
    if (updated) await tellPerson(updated.conversationKey, updated.locale, updated.summary.contactSafe, report.state);
  }

  /**
   * Tells the person what became of their shared summary, as their safe-contact words allow
   * (src/contact): now, where their channel can take it and the words allow a message at this
   * time; else kept until they next write to us; never when they gave no way or said not to.
   */
  async function tellPerson(key: string, localeName: string, contactWords: string | undefined, status: HandoffNews): Promise<void> {
    const target = parseConversationKey(key);
    if (!target) return;
    const timing = messageTiming(readSafeContact(contactWords), deps.now(), deps.services.timeZone);
    const facts = { status, timing, channelId: target.channelId };
    try {
      if (timing === 'never') {
        deps.logger.info({ event: 'handoff.statusNotTold', ...facts }, 'no safe contact: the person is not told');
        return;
      }
      if (timing === 'now' && deps.notifyPerson) {
        const locale = resolveLocale(localeName, served);
        const [message] = render([say(`handoff.status.${status}`)], target.channelId, { locale, phones });
        if (message && (await deps.notifyPerson(target.channelId, target.conversationId, toActivities([message], locale)))) {
          deps.logger.info({ event: 'handoff.statusTold', ...facts }, 'handoff status told to the person');
          return;
        }
      }
      // Not a safe time, or the channel can't take it: told when they next write, if the chat is still here.
      // Under the conversation's lock: a turn running now reads the news after this, or deleted it before.
      const kept = await lock.run(key, async () => {
        if (!(await deps.store.read([key]))[key]) return false;
        await keepHandoffNews(deps.store, key, status);
        return true;
      });
      deps.logger.info({ event: 'handoff.statusKept', ...facts, kept }, 'handoff status kept until the person writes');
    } catch (err) {
      deps.logger.warn({ event: 'handoff.statusNotTold', ...errorFacts(err) }, 'could not tell the person about their handoff');
    }
  }

  async function handleTurn(context: TurnContext): Promise<void> {
    const activity = context.activity;
    try {
      if (activity.type === ActivityTypes.Event && activity.name === 'handoff.status') {
        await handleHandoffStatus(context);
        return;
      }
      if (activity.type !== ActivityTypes.Message && activity.type !== ActivityTypes.ConversationUpdate) return;
      // A Teams group chat or channel: colleagues can read it. The numbers and a way to a private
      // chat, nothing else; nothing is read further or stored.
      if (isTeamsSharedConversation(activity)) {
        if (activity.type !== ActivityTypes.Message) return;
        const locale = localeOf(activity);
        await send(context, conversationKey(activity), toActivities([renderTeamsSharedChat({ locale, phones }, privateChatUrl(activity))], locale));
        deps.logger.info({ event: 'teams.sharedChat' }, 'message in a Teams group or channel: numbers only');
        return;
      }
      const key = conversationKey(activity);
      await lock.run(key, async () => {
        // Another instance wrote this conversation between our read and commit: read it again and
        // redo the turn on top, after a short random pause. Nothing of the failed attempt was saved
        // but its side effects; a handoff it stored is reused by id (turn.effects.ts).
        const handoffIds: string[] = [];
        for (let attempt = 1; !(await runOnce(context, key, handoffIds)); attempt++) {
          if (attempt >= MAX_TURN_ATTEMPTS) throw new Error('conversation kept changing under this turn');
          await sleep(Math.random() * 10 * Math.min(attempt, 8));
        }
      });
    } catch (err) {
      if (err instanceof SharesLimitedError) {
        deps.logger.warn({ event: 'handoff.limited', channelId: activity.channelId }, 'summary not shared: too many from this client lately');
        await context.sendActivity(sharesLimitedActivity({ locale: resolveLocale(activity.locale ?? deps.defaultLocale, served), phones }));
        return;
      }
      deps.logger.error(
        { event: 'turn.failed', channelId: activity.channelId, activityType: activity.type, ...errorFacts(err) },
        'turn failed; sending the safety message',
      );
      await context.sendActivity(failsafe(activity.locale));
    }
  }

  /** The safety message, in the activity's locale, with the configured numbers. */
  function failsafe(activityLocale: string | undefined): Partial<Activity> {
    return failsafeActivity({ locale: resolveLocale(activityLocale ?? deps.defaultLocale, served), phones });
  }

  return Object.assign(handleTurn, { forgetConversation, failsafe });
}
