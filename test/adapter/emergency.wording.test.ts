/**
 * Emergency wording (issue 8, point 6; FACTS.md is the source of truth), through the real turn
 * handler: what each channel receives, and which replies are marked importance "high".
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { smsEmergencyTexts } from '../../src/channels/plain.renderer';
import { createTestBot, expectedText, guidanceText, saidTexts } from '../support/bot';

const sms = translator('en-GB', 'sms');

describe('emergency guidance by SMS', () => {
  it('the first text is the 999 line, and no emergency text is over 320 characters', async () => {
    const bot = createTestBot({ channelId: 'sms' });
    const replies = await bot.turn("he's outside my door right now");
    const high = replies.filter((r) => r.importance === 'high').map((r) => r.text ?? '');
    expect(replies[0]?.importance).toBe('high');
    expect(high[0]).toBe(sms.t('emergency.lead'));
    for (const text of high) expect(text.length, text).toBeLessThanOrEqual(320);
    // Nothing is lost in the split: every part of the guidance is there, in order.
    const all = high.join(' ').replace(/\s+/g, ' ');
    let from = 0;
    for (const key of ['emergency.notAPerson', 'emergency.silentSolution', 'emergency.bsl', 'emergency.emergencySms', 'emergency.relayUk']) {
      const at = all.indexOf(sms.t(key), from);
      expect(at, key).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('a crisis by SMS leads with the text that has 999 and Samaritans, each text at most 320', async () => {
    const bot = createTestBot({ channelId: 'sms' });
    await bot.turn('hi');
    await bot.turn('1');
    const replies = await bot.turn('i just want to kill myself honestly');
    const high = replies.filter((r) => r.importance === 'high').map((r) => r.text ?? '');
    expect(high[0]).toContain('999');
    expect(high.join('\n')).toContain('116 123');
    for (const text of high) expect(text.length).toBeLessThanOrEqual(320);
  });

  it('splits long sentences at spaces and keeps the 999 sentence first', () => {
    const long = `${'word '.repeat(100).trim()}.`;
    const texts = smsEmergencyTexts(['Sorry. If you are in danger now, call 999. More.', long], 120);
    expect(texts[0]).toBe('Sorry. If you are in danger now, call 999.');
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(120);
    expect(texts.join(' ').replace(/\s+/g, ' ')).toBe(`Sorry. If you are in danger now, call 999. More. ${long}`);
  });
});

describe('emergency guidance on Web Chat and Teams: short messages, 999 first', () => {
  it.each(['webchat', 'msteams'])('%s: the 999 line comes alone and short, then the Silent Solution in short messages, nothing lost', async (channelId) => {
    const tr = translator('en-GB', channelId);
    const bot = createTestBot({ channelId });
    const replies = await bot.turn("he's outside my door right now");
    const high = replies.filter((r) => r.importance === 'high').map((r) => r.text ?? '');
    expect(high[0]).toBe(`${tr.t('emergency.lead')} ${tr.t('emergency.notAPerson')}`);
    expect(high[0]!.length).toBeLessThanOrEqual(100);
    expect(high[1]).toBe(tr.t('emergency.silentCall'));
    expect(high[2]).toBe(tr.t('emergency.silentWhere'));
    for (const text of high) expect(text.length, text).toBeLessThanOrEqual(260);
    // Every fact, in order: the Silent Solution whole, then BSL, emergencySMS and Relay UK.
    const all = guidanceText(replies);
    let from = 0;
    for (const key of ['emergency.lead', 'emergency.silentSolution', 'emergency.bsl', 'emergency.emergencySms', 'emergency.relayUk']) {
      const at = all.indexOf(tr.t(key), from);
      expect(at, key).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });
});

describe('the Silent Solution and emergencySMS, as sent', () => {
  it('Web Chat guidance says 55 does not give your location, and offers text 999 only if already registered', async () => {
    const bot = createTestBot();
    const replies = await bot.turn("he's outside my door right now");
    const text = guidanceText(replies);
    expect(replies[0]?.importance).toBe('high');
    expect(text).toContain(expectedText('say:emergency.silentSolution'));
    expect(text).toMatch(/whisper/);
    expect(text).toContain(expectedText('say:emergency.emergencySms'));
    expect(text).not.toMatch(/"register"/);
  });

  it('registration advice comes at the end, outside the emergency message', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'notSafe');
    const end = await bot.choose('carryOn', 'no');
    expect(saidTexts(end)).toContain(expectedText('say:end.emergencySmsTip'));
    expect(end.find((r) => r.text?.includes(expectedText('say:end.emergencySmsTip')))?.importance).toBeUndefined();
  });
});

describe('importance "high" is for emergency and crisis guidance only', () => {
  it('"not sure" at the safety question: the short 999 lines, not marked high', async () => {
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.choose('safety', 'notSure');
    expect(replies[0]?.text).toBe(expectedText('say:emergency.brief'));
    expect(replies.filter((r) => r.importance === 'high')).toEqual([]);
  });

  it('on SMS too', async () => {
    const bot = createTestBot({ channelId: 'sms' });
    await bot.turn('hi');
    const replies = await bot.turn('3');
    expect(replies[0]?.text?.startsWith(sms.t('emergency.brief'))).toBe(true);
    expect(replies.filter((r) => r.importance === 'high')).toEqual([]);
  });
});

describe('questions carry a marker', () => {
  it('every question reply says which question it asks (channelData.question), on every channel', async () => {
    for (const channelId of ['webchat', 'sms', 'msteams', 'somethingElse']) {
      const bot = createTestBot({ channelId });
      const replies = await bot.turn('hi');
      expect(replies.at(-1)?.channelData, channelId).toEqual({ question: 'safety' });
    }
  });
});
