/**
 * At most 3 messages in a turn, except emergency guidance (issue 9, CONVERSATION.md): whole
 * conversations through the real turn handler on every kind of channel - Web Chat, Direct Line,
 * Teams, SMS and a channel we don't know (plain text) - every turn counted.
 */
import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { MORE_TOPICS } from '../../dialogs/topics';
import type { QuestionId } from '../../dialogs/questions';
import { translator } from '../../src/i18n';
import { createTestBot } from '../support/bot';
import { toConsent } from '../support/journeys';
import { warmUpReadersFirst } from '../support/warm.readers';

warmUpReadersFirst();

type TestBot = ReturnType<typeof createTestBot>;

interface Counted {
  label: string;
  texts: string[];
  /** The question the turn ended with (channelData.question). */
  question?: string;
  messages: number;
  /** Messages that are not emergency guidance. */
  ordinary: number;
  emergency: boolean;
}

const MORE_NOTE = translator('en-GB', 'sms').t('sms.moreNote');

/** A bot whose every turn is counted (an SMS "Reply MORE" is followed, and counted too). */
function countingBot(channelId: string) {
  const bot = createTestBot({ channelId, conversationId: `count-${channelId}` });
  const turns: Counted[] = [];
  async function counted(label: string, replies: Promise<Partial<Activity>[]>): Promise<Partial<Activity>[]> {
    const messages = (await replies).filter((a) => a.type === 'message');
    const ordinary = messages.filter((m) => m.importance !== 'high').length;
    const question = (messages.at(-1)?.channelData as { question?: string } | undefined)?.question;
    const texts = messages.map((m) => m.text ?? '');
    turns.push({ label, texts, ...(question ? { question } : {}), messages: messages.length, ordinary, emergency: ordinary < messages.length });
    if (channelId === 'sms' && messages.some((m) => m.text?.includes(MORE_NOTE))) await counted(`${label} MORE`, bot.turn({ type: 'message', text: 'MORE' }));
    return messages;
  }
  const wrapped: TestBot = {
    ...bot,
    turn: (activity) => counted(typeof activity === 'string' ? activity : (activity.text ?? 'activity'), bot.turn(activity)),
    join: () => (channelId === 'sms' ? counted('hi', bot.turn({ type: 'message', text: 'hi' })) : counted('join', bot.join())),
    choose: (q: QuestionId, c: string) => counted(`${q}=${c}`, bot.choose(q, c)),
    chooseMany: (q: QuestionId, choices: string[]) => counted(`${q}=${choices.join(',')}`, bot.chooseMany(q, choices)),
  };
  return { bot: wrapped, turns };
}

const tr = translator('en-GB');
const say = (bot: TestBot, text: string) => bot.turn({ type: 'message', text });

/** Answers the risk questions that come, "no" to each (a "yes" to threats asks one more). */
async function riskAnswers(bot: TestBot, first: Partial<Activity>[], answer = 'no'): Promise<void> {
  let replies = first;
  for (let i = 0; i < 12; i++) {
    const question = (replies.at(-1)?.channelData as { question?: string } | undefined)?.question;
    if (!question?.startsWith('risk.')) return;
    replies = await bot.choose(question as QuestionId, answer);
  }
}

/** Each journey, and the question its last turn asks (undefined: the conversation was closed). */
const JOURNEYS: Record<string, [(bot: TestBot) => Promise<void>, string | undefined]> = {
  'a typed story, every question answered, the list explored, shared': [
      async (bot) => {
      await toConsentExploring(bot);
      await bot.choose('consent', 'share');
      await bot.choose('contactSafe', 'skip');
      await bot.choose('shareTranscript', 'no');
    },
    'afterEnd',
  ],
  'the shared journey (journeys.ts) up to consent, then kept': [
      async (bot) => {
      await toConsent(bot);
      await bot.choose('consent', 'keep');
    },
    'afterEnd',
  ],
  'everything skipped, deleted messages, every topic from the list, then deleted': [
      async (bot) => {
      await bot.join();
      await bot.choose('safety', 'notSure');
      for (const q of ['story', 'who', 'what', 'since', 'howOften', 'riskConsent'] as const) await bot.choose(q, 'skip');
      await bot.choose('evidence', 'no');
      await bot.choose('police', 'skip');
      for (const topic of MORE_TOPICS) await bot.choose('moreTopics', topic);
      await bot.choose('moreTopics', 'moveOn');
      await bot.choose('options', 'notSure');
      await bot.choose('summaryReview', 'change');
      await bot.choose('summaryLine', 'evidence');
      await bot.choose('lineAction', 'remove');
      await bot.choose('summaryReview', 'looksRight');
      await bot.choose('consent', 'delete');
    },
    undefined,
  ],
  'topics, help, back and a person asked for in words; a harm check; start again': [
      async (bot) => {
      await say(bot, 'he tried to strangle me');
      await bot.choose('harmCheck', 'notNow');
      await say(bot, 'what is harassment?');
      await bot.choose('safety', 'safe');
      await say(bot, 'help');
      await say(bot, 'how do I make a safety plan?');
      await bot.choose('who', 'exPartner');
      await say(bot, 'back');
      await bot.choose('who', 'exPartner');
      await bot.chooseMany('what', ['messages', 'tracking']);
      await say(bot, 'what happens when I call 101?');
      await bot.choose('since', 'skip');
      await bot.choose('howOften', 'skip');
      await riskAnswers(bot, await bot.choose('riskConsent', 'yes'));
      await say(bot, 'I deleted them');
      await bot.choose('police', 'reported');
      await say(bot, 'AB/12345/26');
      await say(bot, 'is my phone being monitored?');
      await bot.choose('moreTopics', 'moveOn');
      await say(bot, 'talk to a person');
      await bot.choose('summaryReview', 'looksRight');
      await bot.choose('consent', 'keep');
      await bot.choose('afterEnd', 'restart');
    },
    'safety',
  ],
  'an emergency mid-way, then carrying on to the end': [
      async (bot) => {
      await bot.join();
      await bot.choose('safety', 'safe');
      await say(bot, "he's outside my door right now");
      await say(bot, 'what do I do');
      await bot.choose('carryOn', 'gone');
      for (const q of ['who', 'what', 'since', 'howOften', 'riskConsent', 'evidence', 'police'] as const) await bot.choose(q, 'skip');
      await bot.choose('moreTopics', 'moveOn');
      await bot.choose('options', 'police');
      await bot.choose('summaryReview', 'looksRight');
      await bot.choose('consent', 'share');
      await say(bot, 'text me after 6pm on 07700 900123');
      await bot.choose('shareTranscript', 'yes');
      await bot.choose('afterEnd', 'deleteConversation');
    },
    undefined,
  ],
};

/** toConsent's conversation, with two topics chosen from the list before moving on. */
async function toConsentExploring(bot: TestBot): Promise<void> {
  await bot.join();
  await bot.choose('safety', 'safe');
  await say(bot, 'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026');
  for (const q of ['who', 'what', 'since', 'howOften'] as const) await bot.choose(q, 'yes');
  await riskAnswers(bot, await bot.choose('riskConsent', 'yes'));
  await bot.choose('evidence', 'some');
  await bot.choose('police', 'notReported');
  await bot.choose('moreTopics', 'safetyPlanning');
  await bot.choose('moreTopics', 'deviceSafety');
  await bot.choose('moreTopics', 'moveOn');
  await bot.choose('options', 'helpline');
  await bot.choose('summaryReview', 'looksRight');
}

const CHANNELS = ['webchat', 'directline', 'msteams', 'sms', 'slack'];

describe.each(CHANNELS)('message count on %s', (channelId) => {
  it.each(Object.keys(JOURNEYS))('%s: no turn sends more than 3 messages besides emergency guidance', async (name) => {
    const { bot, turns } = countingBot(channelId);
    const [journey, lastQuestion] = JOURNEYS[name]!;
    await journey(bot);
    expect(turns.length).toBeGreaterThan(10);
    // The journey went where it meant to: no stale or refused button, and it ended where expected.
    const refused = [tr.t('common.staleChoice'), tr.t('common.notAnOption'), tr.t('common.notUnderstood')];
    if (process.env.SHOW_TURNS) console.log(channelId, name, JSON.stringify(turns.map((t) => [t.label, t.question, t.messages])));
    expect(turns.filter((t) => t.texts.some((text) => refused.some((r) => text.includes(r)))).map((t) => t.label)).toEqual([]);
    expect(turns.at(-1)?.question).toBe(lastQuestion);
    const over = turns.filter((t) => t.ordinary > 3 || (!t.emergency && t.messages > 3));
    expect(over, JSON.stringify(over)).toEqual([]);
    // Every turn answered something (a turn with no reply would pass any count).
    expect(turns.filter((t) => t.messages === 0).map((t) => t.label)).toEqual([]);
  });
});
