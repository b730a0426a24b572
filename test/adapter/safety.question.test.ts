/**
 * "Are you safe right now?" read as a person means it (issue 8, point 4), through the real turn
 * handler: a sentence is read as a sentence, contradictions are clarified, a story typed instead
 * of an answer is kept, and nothing here is ever emergency guidance unless they say they're not safe.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import type { Activity } from 'botbuilder';
import { createTestBot, expectedText, saidTexts } from '../support/bot';
import { warmUpSafety } from '../../src/safety';
import { warmUpUnderstanding } from '../../src/understanding';

// The patterns' first compile belongs to a hook with room for it, not to the first conversation's 20 s (two workers
// on a busy 2-CPU machine took longer than that once).
beforeAll(() => {
  warmUpSafety();
  warmUpUnderstanding();
}, 120_000);

const texts = (replies: Partial<Activity>[]) => saidTexts(replies);
const clarify = (question: string) => `${expectedText('say:common.clarify')} ${expectedText(`reask:${question}`)}`;

async function context(bot: ReturnType<typeof createTestBot>, conversationId = 'conversation-1') {
  const key = `conversation/webchat/${encodeURIComponent(conversationId)}`;
  const record = (await bot.store.read([key]))[key];
  return record.conversation.snapshot.context;
}

async function atSafety() {
  const bot = createTestBot();
  await bot.join();
  return bot;
}

describe('a sentence that starts with "no" is read as a sentence', () => {
  it.each([["no one is hurting me, it's just the messages"], ['no threats, just loads of messages']])(
    '"%s" is not the answer "no": no emergency guidance; the words are kept as the story and the question asked again',
    async (words) => {
      const bot = await atSafety();
      const replies = await bot.turn(words);
      expect(replies.filter((r) => r.importance === 'high')).toEqual([]);
      expect(texts(replies)).toEqual([expectedText('say:story.thanksEarly'), expectedText('reask:safety')]);
      const c = await context(bot);
      expect(c.answers.story).toBe(words);
      expect(c.answers.safety).toBeUndefined();
      expect(c.moments).toEqual([]);
    },
  );

  it('"no" on its own, and "no I\'m not", are still "not safe"', async () => {
    for (const answer of ['no', "no I'm not", 'nope', 'No. I am scared']) {
      const bot = createTestBot({ conversationId: answer });
      await bot.join();
      const replies = await bot.turn(answer);
      expect(replies[0]?.importance, answer).toBe('high');
    }
  });

  it('the same reading at other yes/no questions: "no he hasn\'t" is no; "no one has threatened me" is asked again, not guessed', async () => {
    const bot = await atSafety();
    for (const [q, c] of [['safety', 'safe'], ['story', 'skip'], ['who', 'skip'], ['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'yes'], ['risk.frightened', 'no']] as const) {
      await bot.choose(q, c);
    }
    const sentence = await bot.turn('no one has threatened me');
    expect(texts(sentence).at(-1)).toBe(translator('en-GB', 'webchat').t('questions.risk.threats.reask'));
    expect((await context(bot)).answers.risk.threats).toBeUndefined();
    await bot.turn("no he hasn't");
    expect((await context(bot)).answers.risk.threats).toEqual({ status: 'given', value: 'no', words: "no he hasn't" });
  });
});

describe('contradictions get a short clarifying question', () => {
  it('"no, I\'m safe at the moment": clarify, then the answer is taken from the button', async () => {
    const bot = await atSafety();
    const replies = await bot.turn("no, I'm safe at the moment");
    expect(texts(replies)).toEqual([clarify('safety')]);
    expect(replies.filter((r) => r.importance === 'high')).toEqual([]);
    expect((await context(bot)).answers.story).toBeUndefined();
    const next = await bot.turn("I'm safe");
    expect(texts(next).at(-1)).toBe(expectedText('ask:story'));
    expect((await context(bot)).answers.safety).toEqual({ status: 'given', value: 'safe' });
  });

  it('"yes im not ok": clarify; "not safe" then gives emergency guidance', async () => {
    const bot = await atSafety();
    expect(texts(await bot.turn('yes im not ok'))).toEqual([clarify('safety')]);
    const replies = await bot.turn('not safe');
    expect(replies[0]?.importance).toBe('high');
    expect(texts(replies).at(-1)).toBe(expectedText('ask:carryOn'));
  });

  it('"yes I\'m not safe" is never read as "safe" (the safety detector already calls it an emergency)', async () => {
    const bot = await atSafety();
    const replies = await bot.turn("yes I'm not safe");
    expect(replies[0]?.importance).toBe('high');
    expect((await context(bot)).answers.safety).toBeUndefined();
  });

  it('"No, no one is hurting me", "no its just the messages" and "yeah but I\'m scared" are clarified too', async () => {
    for (const words of ['No, no one is hurting me', 'no its just the messages', "yeah but I'm scared"]) {
      const bot = createTestBot({ conversationId: words });
      await bot.join();
      const replies = await bot.turn(words);
      expect(texts(replies).at(-1), words).toBe(clarify('safety'));
      expect(replies.filter((r) => r.importance === 'high'), words).toEqual([]);
      expect((await context(bot, words)).answers.safety, words).toBeUndefined();
    }
  });

  it('at any yes/no question: "yes I deleted them" at the evidence question is clarified', async () => {
    const bot = await atSafety();
    for (const [q, c] of [['safety', 'safe'], ['story', 'skip'], ['who', 'skip'], ['what', 'skip'], ['since', 'skip'], ['howOften', 'skip'], ['riskConsent', 'skip']] as const) {
      await bot.choose(q, c);
    }
    expect(texts(await bot.turn('yes I deleted them'))).toEqual([clarify('evidence')]);
  });
});

describe('a story typed instead of an answer', () => {
  it('is kept; a second non-answer moves on as "not answered", never "not sure" and never importance high', async () => {
    const bot = await atSafety();
    const all = [
      ...(await bot.turn('my ex keeps messaging me and turning up at my work')),
      ...(await bot.turn('it has been going on since the summer and it is getting worse')),
    ];
    expect(all.filter((r) => r.importance === 'high')).toEqual([]);
    expect(texts(all)).toContain(expectedText('say:safety.notAnswered'));
    expect(texts(all)).not.toContain(expectedText('say:emergency.brief'));
    expect(texts(all)).not.toContain(expectedText('say:common.notSureThen'));
    const c = await context(bot);
    expect(c.answers.safety).toEqual({ status: 'notAnswered' });
    expect(c.answers.story).toContain('my ex keeps messaging me');
    expect(c.answers.story).toContain('getting worse');
    // The story is not asked for again: the next step confirms what was understood.
    expect(texts(all).at(-1)).toBe(translator('en-GB', 'webchat').t('questions.who.confirm', { value: translator('en-GB').t('facts.relationship.exPartner') }));
  });
});

describe('a "no" followed by words that only look safe is not read as safe', () => {
  it.each([["No, it's just getting worse"], ['No. No one is here to help me'], ["no it's only when he's drunk"]])('"%s" is never recorded as safe', async (words) => {
    const bot = await atSafety();
    await bot.turn(words);
    const c = await context(bot);
    expect(c.answers.safety?.value ?? c.answers.safety).not.toBe('safe');
  });
});

