/**
 * The explanation topics (dialogs/topics.ts, locales topics.*): short enough for one text, cheap
 * to send, and each reachable by the words that ask for it.
 */
import { describe, expect, it } from 'vitest';
import { MORE_TOPICS, TOPICS } from '../../dialogs/topics';
import { smsCost } from '../../src/channels';
import { translator } from '../../src/i18n';
import { matchTopic } from '../../src/understanding/command.matcher';

const sms = translator('en-GB', 'sms');
const web = translator('en-GB', 'webchat');

describe('topics', () => {
  it.each(TOPICS)('%s is one short message: one SMS text of at most 320 GSM-7 characters', (topic) => {
    for (const wording of ['text', 'textOutside'] as const) {
      if (wording === 'textOutside' && !sms.has(`topics.${topic}.textOutside`)) continue;
      const text = sms.list(`topics.${topic}.${wording}` as `topics.${typeof topic}.text`).join('\n\n');
      expect(text.length, wording).toBeLessThanOrEqual(320);
      expect(smsCost(text).encoding).toBe('GSM-7');
      expect(text).not.toMatch(/\{\{/);
    }
  });

  it.each(TOPICS)('%s: every phrase that asks for it finds it, alone and as a question', (topic) => {
    const asks = web.words(`topics.${topic}.asks`);
    expect(asks.length).toBeGreaterThan(0);
    for (const phrase of asks) {
      expect(matchTopic(phrase, web), phrase).toBe(topic);
      expect(matchTopic(`${phrase}?`, web), `${phrase}?`).toBe(topic);
    }
  });

  it('plain questions a conversation review found re-asked at question steps are answered by a topic', () => {
    // "is it illegal" is answered with what the law says (both are crimes; the police decide); "should i just pay them"
    // with what blackmail and sextortion are and what to do (no advice beyond FACTS.md)
    expect(matchTopic('is it illegal', web)).toBe('stalkingVsHarassment');
    expect(matchTopic('is it illegal what hes doing?', web)).toBe('stalkingVsHarassment');
    expect(matchTopic('can he be arrested for this?', web)).toBe('stalkingVsHarassment');
    expect(matchTopic('should i just pay them?', web)).toBe('onlineThreats');
    // a statement holding the words is not a question about them
    expect(matchTopic('he said it is not illegal to text me', web)).toBeUndefined();
  });

  it('the "Want to know more?" list labels every topic it offers, and "move on"', () => {
    for (const choice of [...MORE_TOPICS, 'moveOn']) {
      expect(web.has(`questions.moreTopics.choices.${choice}`), choice).toBe(true);
    }
  });
});
