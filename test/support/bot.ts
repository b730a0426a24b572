/** The real turn handler behind botbuilder's TestAdapter, with an in-memory store. */
import { TestAdapter, type Activity } from 'botbuilder';
import type { QuestionId } from '../../dialogs/questions';
import type { Detectors } from '../../src/adapter';
import type { HandoffHubRule } from '../../src/adapter/handoff.hub';
import type { SendPacer } from '../../src/adapter/send.pacer';
import { translator, type Locale } from '../../src/i18n';
import { questionText } from '../../src/channels/format';
import type { ServicesConfig } from '../../src/services';
import { DEFAULT_RETENTION_DAYS } from '../../src/config';
import { MemoryStore, type StateStore } from '../../src/storage';
import { MemoryHandoffStore, type HandoffStore } from '../../src/storage/handoff.store';
import { createTestTurnHandler } from './turn.handler';

export { FIXED_NOW } from './turn.handler';

export interface TestBotOptions {
  channelId?: string;
  store?: StateStore;
  handoffs?: HandoffStore;
  detectors?: Detectors;
  conversationId?: string;
  /** Teams: 'personal' (default), 'groupChat' or 'channel'. */
  conversationType?: string;
  handoffHub?: HandoffHubRule;
  teamsPacer?: SendPacer;
  services?: ServicesConfig;
  /** The activities' locale (default en-GB), and the locales the bot serves (default: the registered ones). */
  locale?: string;
  locales?: readonly Locale[];
  /** The clock (default FIXED_NOW, a Saturday: the National Stalking Helpline is closed). */
  now?: Date;
}

export function createTestBot(options: TestBotOptions = {}) {
  const store = options.store ?? new MemoryStore();
  const handoffs = options.handoffs ?? new MemoryHandoffStore();
  const handler = createTestTurnHandler({
    store,
    handoffs,
    ...(options.services ? { services: options.services } : {}),
    ...(options.detectors ? { detectors: options.detectors } : {}),
    ...(options.locales ? { locales: options.locales } : {}),
    ...(options.now ? { now: () => options.now! } : {}),
    handoffHub: options.handoffHub,
    teamsPacer: options.teamsPacer,
  });
  const adapter = new TestAdapter(handler, {
    channelId: options.channelId ?? 'webchat',
    conversation: {
      id: options.conversationId ?? 'conversation-1',
      isGroup: (options.conversationType ?? 'personal') !== 'personal',
      conversationType: options.conversationType ?? 'personal',
      name: '',
    },
    locale: options.locale ?? 'en-GB',
  });

  async function turn(activity: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0);
  }

  return {
    adapter,
    store,
    handoffs,
    turn,
    join: () => turn({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'user' }], recipient: { id: 'bot', name: 'bot' } }),
    /** Press a button: the value a suggested action or card sends. */
    choose: (q: QuestionId, c: string) => turn({ type: 'message', text: c, value: { q, c } }),
    chooseMany: (q: QuestionId, choices: string[]) => turn({ type: 'message', value: { q, choices: choices.join(',') } }),
  };
}

/**
 * Expected reply text for a catalogue key, a topic or a question, on a channel (copy edits don't
 * break tests): 'say:<key>' ('say:<a>+<b>' for two joined), 'topic:<id>', 'ask:<q>', 'reask:<q>'.
 */
export function expectedText(spec: string, channel = 'webchat'): string {
  const tr = translator('en-GB', channel === 'plain' ? undefined : channel);
  const [kind, rest] = spec.split(':') as [string, string];
  // "say:a+b": two messages sent joined as one (at most 3 messages a turn). The welcome says how long
  // words are kept: the test handler's retention (the default).
  if (kind === 'say') return rest.split('+').map((key) => tr.t(key, { retentionDays: DEFAULT_RETENTION_DAYS })).join('\n\n');
  if (kind === 'topic') return tr.list(`topics.${rest}.text` as never).join('\n\n');
  if (kind === 'ask') return questionText({ kind: 'ask', question: rest as QuestionId, mode: 'ask' }, tr);
  if (kind === 'reask') return questionText({ kind: 'ask', question: rest as QuestionId, mode: 'reask' }, tr);
  throw new Error(`unknown spec ${spec}`);
}

/** The choice ids offered by a reply's buttons. */
export function offered(reply: Partial<Activity> | undefined): string[] {
  return (reply?.suggestedActions?.actions ?? []).map((a) => (a.value as { c?: string; cmd?: string }).c ?? `cmd:${(a.value as { cmd: string }).cmd}`);
}

/**
 * The messages a turn's replies carry, in order: a reply that joined several (at most 3 messages
 * a turn, src/channels/turn.cap.ts) split back into them. For checking a message was said.
 */
export function saidTexts(replies: readonly Partial<Activity>[]): string[] {
  return replies.flatMap((r) => (r.type === undefined || r.type === 'message' ? (r.text ?? '').split('\n\n') : []));
}

/**
 * The emergency guidance a turn opens with: its leading high-importance replies (each a short
 * message: the 999 line, the Silent Solution in two, other ways to call), joined with spaces.
 */
export function guidanceText(replies: readonly { importance?: string; text?: string }[]): string {
  const lead = replies.findIndex((r) => r.importance !== 'high');
  return (lead === -1 ? replies : replies.slice(0, lead))
    .map((r) => r.text ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Every text in replies, cards included (the summary is a card on web chat). */
export function textsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'text' && typeof v === 'string' ? [v] : textsIn(v)));
}
