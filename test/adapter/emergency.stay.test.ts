/**
 * Staying with the person in an emergency (issue 8, point 5), through the real turn handler with
 * the real detectors: after emergency guidance, only a clear "I can carry on" or "they've gone"
 * resumes the questions. Anything else keeps the 999 lines in front and offers the options again.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { createTestBot, expectedText, guidanceText } from '../support/bot';

const web = translator('en-GB', 'webchat');
const sms = translator('en-GB', 'sms');
const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '');
/** Lines that would take the person back to the questions. */
const CARRY_ON = ['say:emergency.resuming', 'say:emergency.afterUpdate', 'say:story.thanks'].map((k) => expectedText(k));

async function afterEmergency(channelId = 'webchat', conversationId = 'conversation-1') {
  const bot = createTestBot({ channelId, conversationId });
  await bot.join();
  await bot.choose('safety', 'safe');
  await bot.choose('story', 'skip');
  const guidance = await bot.turn("he's outside my door right now");
  expect(guidance[0]?.importance).toBe('high');
  return bot;
}

describe('after emergency guidance, anything unclear keeps 999 in front', () => {
  // "i cant" may mean "I can't speak": it is not the answer "no" (which would end on the stopping line).
  it.each([['what do I do'], ["I can't call"], ['i cant'], ["i can't"], ['...'], ['hello?'], ['ok'], ['he is still banging']])('"%s"', async (words) => {
    const bot = await afterEmergency('webchat', words);
    const replies = await bot.turn(words);
    expect(replies[0]?.importance).toBe('high');
    expect(replies[0]?.text).toContain('999');
    expect(guidanceText(replies)).toContain('55');
    for (const line of CARRY_ON) expect(texts(replies)).not.toContain(line);
    // The options again, and the next reply is still read as an answer to them.
    expect(replies.at(-1)?.channelData).toEqual({ question: 'carryOn' });
    const again = await bot.turn('what now');
    expect(again[0]?.importance).toBe('high');
  });

  it('"I can\'t talk he will hear me" gets the Silent Solution first', async () => {
    const bot = await afterEmergency();
    const replies = await bot.turn("I can't talk he will hear me");
    expect(replies[0]?.importance).toBe('high');
    expect(web.t('emergency.silentSolution').startsWith(replies[0]?.text ?? '-')).toBe(true);
    expect(guidanceText(replies).startsWith(web.t('emergency.silentSolution'))).toBe(true);
    expect(guidanceText(replies)).toContain(web.t('emergency.emergencySms'));
    expect(replies.at(-1)?.text).toBe(expectedText('reask:carryOn'));
    for (const line of CARRY_ON) expect(texts(replies)).not.toContain(line);
  });

  it('a first message that says they cannot speak leads with the Silent Solution', async () => {
    const bot = createTestBot();
    const replies = await bot.turn("he's in the house right now I can't talk");
    expect(replies[0]?.importance).toBe('high');
    expect(guidanceText(replies).startsWith(web.t('emergency.silentSolution'))).toBe(true);
  });

  it('"yes" or "yes I can carry on" resumes the interrupted question', async () => {
    for (const words of ['yes', 'yes I can carry on']) {
      const bot = await afterEmergency('webchat', words);
      const replies = await bot.turn(words);
      expect(texts(replies), words).toEqual([expectedText('say:emergency.resuming'), expectedText('ask:who')]);
    }
  });

  it('"they\'ve gone" acknowledges, reminds of 999 and reporting, then resumes', async () => {
    const bot = await afterEmergency();
    const replies = await bot.turn("they've gone");
    expect(texts(replies)).toEqual([expectedText('say:emergency.afterUpdate'), expectedText('ask:who')]);
  });

  it('"yes but what do I do" is not a clear yes: 999 stays in front', async () => {
    const bot = await afterEmergency();
    const replies = await bot.turn('yes but what do I do');
    expect(replies[0]?.importance).toBe('high');
    for (const line of CARRY_ON) expect(texts(replies)).not.toContain(line);
  });

  it('"help" after emergency guidance: 999 first, then what they can do', async () => {
    const bot = await afterEmergency();
    const replies = await bot.turn('help');
    expect(replies[0]?.importance).toBe('high');
    expect(texts(replies)).toContain(expectedText('say:help.text'));
    expect(replies.at(-1)?.text).toBe(expectedText('reask:carryOn'));
  });

  it('on SMS: the Silent Solution first, each text at most 320 characters, then the options', async () => {
    const bot = await afterEmergency('sms');
    const replies = await bot.turn("cant talk he'll hear me");
    const high = replies.filter((r) => r.importance === 'high').map((r) => r.text ?? '');
    expect(high[0]).toContain('999');
    expect(sms.t('emergency.silentSolution').startsWith(high[0]!)).toBe(true);
    for (const text of high) expect(text.length).toBeLessThanOrEqual(320);
    expect(replies.at(-1)?.text).toContain(sms.t('questions.carryOn.reask'));
    expect(replies.at(-1)?.text).toContain(sms.t('questions.carryOn.choices.gone'));
  });
});

describe('stopping after emergency guidance', () => {
  it('"not now" ends with the 999 line and what to do if they cannot speak, and no crisis line nobody asked for', async () => {
    const bot = await afterEmergency();
    const replies = await bot.turn('not now');
    const said = texts(replies).join('\n');
    expect(said).toContain(web.t('emergency.stopping'));
    expect(web.t('emergency.stopping')).toContain('999');
    expect(web.t('emergency.stopping')).toContain('55');
    expect(web.t('emergency.stopping')).not.toMatch(/samaritans|116 123/i);
  });
});

