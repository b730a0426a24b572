/**
 * Scripted conversations over HTTP (issue 8, points 2, 4 and 5): the real app on a free port,
 * Bot Framework activities with deliveryMode "expectReplies", typed words as a person would type
 * them, and the real detector throughout (its verdicts for the example messages are checked in
 * test/safety/detector.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app';
import { botClient, type ReplyActivity } from '../../src/cli/bot.client';
import { loadConfig } from '../../src/config';
import { translator } from '../../src/i18n';
import type { QuestionId } from '../../dialogs/questions';
import { createLogger } from '../../src/logger';
import { guidanceText } from '../support/bot';

type Reply = ReplyActivity & { channelData?: { question?: string } };

const tmp = mkdtempSync(path.join(os.tmpdir(), 'triage-http-safety-'));
let app: App;
let url: string;

beforeAll(async () => {
  // Every test talks from the same loopback client: a bucket that one test's turns could empty would
  // make the next test's outcome depend on the order they run in (rate limits: test/http/rate.limit.test.ts).
  const config = loadConfig({
    NODE_ENV: 'test',
    STORAGE: 'sqlite',
    SQLITE_PATH: path.join(tmp, 'state.sqlite'),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_CLIENT_BURST: '100000',
    RATE_LIMIT_CONVERSATION_BURST: '100000',
  });
  app = buildApp(config, { logger: createLogger('silent') });
  const address = await app.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${address.port}`;
  await app.ready;
});
afterAll(async () => {
  await app.close();
  rmSync(tmp, { recursive: true, force: true });
});

const web = translator('en-GB', 'webchat');
const sms = translator('en-GB', 'sms');
const ask = (question: QuestionId, mode: 'prompt' | 'reask' = 'prompt') => web.t(`questions.${question}.${mode}`);

/** One person's conversation: `say` types words, `press` taps a button. */
function person(conversation: string, channelId = 'webchat') {
  const client = botClient({ baseUrl: url, conversationId: conversation, channelId });
  const send = async (activity: Record<string, unknown>) => (await client.send(activity)) as Reply[];
  return {
    join: () => send({ type: 'conversationUpdate', membersAdded: [{ id: 'person' }] }),
    say: (text: string) => send({ type: 'message', text }),
    press: (q: string, c: string) => send({ type: 'message', value: { q, c } }),
    /**
     * What the person is shown as their summary: the remaining questions skipped ("not sure"
     * where skipping is not offered), up to the review. Its visible text, as one string.
     */
    async summary(from: Reply[]): Promise<string> {
      let replies = from;
      for (let turns = 0; turns < 20; turns++) {
        const question = replies.at(-1)?.channelData?.question;
        if (question === 'summaryReview') return JSON.stringify(replies.map((r) => [r.text, r.attachments?.map((a) => a.content)]));
        if (!question) break;
        replies = await send({ type: 'message', value: { q: question, c: question === 'options' ? 'notSure' : question === 'moreTopics' ? 'moveOn' : 'skip' } });
      }
      throw new Error('the summary was not reached');
    },
  };
}

/** What the replies said: a message that joins several (at most 3 a turn) split back into them. */
const texts = (replies: Reply[]) => replies.flatMap((r) => (r.text ?? '').split('\n\n'));
const high = (replies: Reply[]) => replies.filter((r) => r.importance === 'high');
/** Words that would take someone in danger back to the questions. */
const CARRY_ON = [web.t('emergency.resuming'), web.t('emergency.afterUpdate'), web.t('riskReminder')];

describe('point 2 over HTTP: serious harm with no time given', () => {
  it('"he set fire to my car" -> the 999 line and the direct question; "no he\'s gone" -> acknowledged and the flow resumes', async () => {
    const p = person('http-harm-not-now');
    await p.join();
    await p.press('safety', 'safe');
    const check = await p.say('he set fire to my car');
    expect(texts(check)).toEqual([web.t('harm.lead'), ask('harmCheck')]);
    expect(high(check)).toEqual([]);
    expect(check[1]?.channelData).toEqual({ question: 'harmCheck' });
    // Issue 13: "I'm in danger" first, so a phone shows it without scrolling.
    expect(check[1]?.suggestedActions?.actions.map((a) => (a.value as { c?: string }).c)).toEqual([undefined, 'now', 'soon', 'notNow', 'notSure']);
    for (const line of CARRY_ON) expect(texts(check)).not.toContain(line);

    const resumed = await p.say("no he's gone");
    expect(texts(resumed)[0]).toBe(web.t('harm.notNow'));
    // Told at the story question, the words are the story: the next question follows.
    expect(resumed.at(-1)?.channelData).toEqual({ question: 'who' });
    expect(high(resumed)).toEqual([]);
    const summary = await p.summary(resumed);
    expect(summary).toContain('he set fire to my car');
    expect(summary).toContain(web.t('summary.values.harmCheck.notNow'));
  });

  it('"he tried to strangle me" -> "yes he\'s still here" gets full emergency guidance; the route is 999 first with Paladin, and the summary says HIGH RISK', async () => {
    const p = person('http-harm-now');
    await p.join();
    await p.press('safety', 'safe');
    await p.press('story', 'skip');
    expect(texts(await p.say('he tried to strangle me'))).toEqual([web.t('harm.lead'), ask('harmCheck')]);
    const now = await p.say("yes he's still here");
    expect(now[0]?.importance).toBe('high');
    expect(now[0]?.text).toContain('999');
    expect(guidanceText(now)).toContain('55');
    expect(now.at(-1)?.channelData).toEqual({ question: 'carryOn' });
    expect(texts(await p.say("they've gone"))).toEqual([web.t('emergency.afterUpdate'), ask('who')]);
    for (const [q, c] of [['who', 'exPartner'], ['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'skip'], ['evidence', 'no']]) await p.press(q!, c!);
    await p.press('police', 'notReported');
    const options = texts(await p.press('moreTopics', 'moveOn'));
    expect(options).toContain(web.t('options.recommend.emergency'));
    expect(options).toContain(web.t('options.extra.paladin'));
    const summary = await p.press('options', 'police');
    const card = summary.find((r) => r.attachments?.length)?.attachments?.[0]?.content as { body: { text?: string; inlines?: { text: string }[] }[] };
    expect(card.body.map((b) => b.text ?? b.inlines?.[0]?.text)).toContain(web.t('summary.highRisk', { kinds: web.t('summary.values.highRisk.strangulation') }));
  });

  it('"not sure" -> the short 999 lines as an ordinary reply, then the interrupted question', async () => {
    const p = person('http-harm-not-sure');
    await p.join();
    await p.press('safety', 'safe');
    await p.press('story', 'skip');
    await p.say('he attacked me');
    const replies = await p.say('dunno');
    expect(texts(replies)).toEqual([web.t('emergency.brief'), ask('who')]);
    expect(high(replies)).toEqual([]);
  });
});

describe('point 4 over HTTP: "Are you safe right now?"', () => {
  it.each([["no one is hurting me, it's just the messages"], ['no threats, just loads of messages']])(
    '"%s" is not the answer "no": the story is kept, the question asked again, no emergency guidance',
    async (words) => {
      const p = person(`http-sentence-${words.length}`);
      await p.join();
      const replies = await p.say(words);
      expect(high(replies)).toEqual([]);
      expect(texts(replies)).toEqual([web.t('story.thanksEarly'), ask('safety', 'reask')]);
      const next = await p.say("I'm safe");
      expect(next.at(-1)?.channelData).toEqual({ question: 'who' });
      expect(await p.summary(next)).toContain(JSON.stringify(words).slice(1, -1));
    },
  );

  it('"no, I\'m safe at the moment" gets a short clarifying question, not a guess', async () => {
    const p = person('http-contradiction');
    await p.join();
    const replies = await p.say("no, I'm safe at the moment");
    expect(texts(replies)).toEqual([`${web.t('common.clarify')} ${ask('safety', 'reask')}`]);
    expect(high(replies)).toEqual([]);
    // Not taken as an answer: the safety question is asked again, and "yes" then answers it.
    const next = await p.say('yes');
    expect(next.at(-1)?.channelData).toEqual({ question: 'story' });
  });

  it('a story typed twice instead of an answer: kept, then "not answered" - never "not sure", never importance high', async () => {
    const p = person('http-not-answered');
    await p.join();
    const all = [...(await p.say('my ex keeps messaging me all day')), ...(await p.say('and he turned up at my mums house on sunday'))];
    expect(high(all)).toEqual([]);
    expect(texts(all)).toContain(web.t('safety.notAnswered'));
    expect(texts(all)).not.toContain(web.t('emergency.brief'));
    const summary = await p.summary(all);
    expect(summary).toContain(JSON.stringify('my ex keeps messaging me all day\nand he turned up at my mums house on sunday').slice(1, -1));
  });
});

describe('point 5 over HTTP: staying with the person after emergency guidance', () => {
  it('unclear replies keep 999 in front (Silent Solution first for "can\'t talk"); only "yes" resumes', async () => {
    const p = person('http-stay');
    await p.join();
    await p.press('safety', 'safe');
    expect((await p.say('hes at my door rn'))[0]?.importance).toBe('high');

    const cantTalk = await p.say("I can't talk he will hear me");
    expect(cantTalk[0]?.importance).toBe('high');
    expect(guidanceText(cantTalk).startsWith(web.t('emergency.silentSolution'))).toBe(true);
    expect(cantTalk.at(-1)?.channelData).toEqual({ question: 'carryOn' });

    for (const words of ['what do I do', "I can't call", '...', 'ok']) {
      const replies = await p.say(words);
      expect(replies[0]?.importance, words).toBe('high');
      expect(replies[0]?.text, words).toContain(web.t('emergency.lead'));
      for (const line of CARRY_ON) expect(texts(replies), words).not.toContain(line);
      expect(replies.at(-1)?.channelData, words).toEqual({ question: 'carryOn' });
    }

    const resumed = await p.say('yes');
    expect(texts(resumed)[0]).toBe(web.t('emergency.resuming'));
    // The urgent words were told at the story question, so they are the story: the next question follows.
    expect(resumed.at(-1)?.channelData).toEqual({ question: 'who' });
    expect(await p.summary(resumed)).toContain('hes at my door rn');
  });

  it('on SMS: the first text is the 999 line, every emergency text at most 320 characters, and "cant talk" gets the Silent Solution first', async () => {
    const p = person('http-stay-sms', 'sms');
    const first = await p.say("he's outside my door right now");
    const guidance = high(first).map((r) => r.text ?? '');
    expect(guidance[0]).toBe(sms.t('emergency.lead'));
    for (const text of guidance) expect(text.length).toBeLessThanOrEqual(320);

    const cantTalk = high(await p.say('cant talk hell hear me')).map((r) => r.text ?? '');
    expect(sms.t('emergency.silentSolution').startsWith(cantTalk[0]!)).toBe(true);
    expect(cantTalk[0]).toContain('999');
    for (const text of cantTalk) expect(text.length).toBeLessThanOrEqual(320);

    const gone = await p.say("he's gone now");
    expect(texts(gone).join('\n')).toContain(sms.t('emergency.afterUpdate'));
  });
});
