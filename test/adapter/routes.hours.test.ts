/**
 * When the National Stalking Helpline is closed, what is open now leads (the police on 101,
 * Samaritans, the 24-hour domestic abuse line when it applies), then when the helpline opens.
 * "Another service" lists services with their hours and never leads back to the helpline.
 * Through the real bot, with the clock set per test (FACTS.md hours, bank holidays from the file).
 */
import { describe, expect, it } from 'vitest';
import type { QuestionId } from '../../dialogs/questions';
import { translator } from '../../src/i18n';
import { defaultServices } from '../../src/services';
import { createTestBot, expectedText, FIXED_NOW, saidTexts } from '../support/bot';

const web = translator('en-GB', 'webchat');
const NO_RISK = ['frightened', 'threats', 'propertyDamage', 'violence', 'loitering', 'othersInvolved', 'escalating'].map(
  (f) => [`risk.${f}`, 'no'] as [QuestionId, string],
);

/** A repeated pattern without risk factors (the helpline route), from `who`. */
async function toOptions(now: Date, who: string): Promise<string[]> {
  const bot = createTestBot({ now });
  await bot.join();
  const steps: [QuestionId, string | string[]][] = [
    ['safety', 'safe'],
    ['story', 'skip'],
    ['who', who],
    ['what', ['messages', 'calls']],
    ['since', 'fewMonths'],
    ['howOften', 'fewWeekly'],
    ['riskConsent', 'yes'],
    ...NO_RISK,
    ['evidence', 'no'],
  ];
  for (const [q, c] of steps) await (Array.isArray(c) ? bot.chooseMany(q, c) : bot.choose(q, c));
  await bot.choose('police', 'notReported');
  return saidTexts(await bot.choose('moreTopics', 'moveOn'));
}

describe('the National Stalking Helpline closed at the options step', () => {
  it('Saturday, no risk signs: when the helpline opens (Monday 09:30) leads; then Samaritans "if you need to talk to someone now", and 101 only if they want to report', async () => {
    expect(FIXED_NOW.getUTCDay()).toBe(6);
    const texts = await toOptions(FIXED_NOW, 'neighbour');
    const openNow = texts.indexOf(expectedText('say:options.openNow.helpline'));
    const opens = texts.indexOf(web.t('options.helplineOpens.onDay', { day: 'days.mon', time: '09:30' }));
    expect(opens).toBeGreaterThanOrEqual(0);
    expect(openNow).toBeGreaterThan(opens);
    expect(texts[openNow]).toMatch(/^Until then, if you need to talk to someone now, Samaritans/);
    expect(texts[openNow]).toContain('116 123');
    expect(texts[openNow]).toMatch(/If you want to report it, the police are on 101/);
    // Never "talk to the helpline" as if it were there now.
    expect(texts).not.toContain(expectedText('say:options.recommend.helpline'));
    expect(texts.at(-1)).toBe(expectedText('ask:options'));
  });

  it('Saturday, a family member: the 24-hour domestic abuse line comes before the helpline\'s opening', async () => {
    const texts = await toOptions(FIXED_NOW, 'family');
    const order = [
      expectedText('say:options.extra.domesticAbuse'),
      web.t('options.helplineOpens.onDay', { day: 'days.mon', time: '09:30' }),
      expectedText('say:options.openNow.helpline'),
    ].map((t) => texts.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('Wednesday morning: it opens today at 13:00 (Wednesday hours 13:00-16:00)', async () => {
    const texts = await toOptions(new Date('2026-12-02T11:00:00Z'), 'neighbour');
    expect(texts).toContain(web.t('options.helplineOpens.today', { time: '13:00' }));
  });

  it('Christmas Day (a Friday): closed over the bank holidays, it opens on Tuesday at 09:30', async () => {
    const texts = await toOptions(new Date('2026-12-25T11:00:00Z'), 'neighbour');
    expect(texts).toContain(web.t('options.helplineOpens.onDay', { day: 'days.tue', time: '09:30' }));
  });

  it('open (Tuesday 11:00): the helpline is recommended as before', async () => {
    const texts = await toOptions(new Date('2026-12-01T11:00:00Z'), 'neighbour');
    expect(texts).toContain(expectedText('say:options.recommend.helpline'));
    expect(texts).not.toContain(expectedText('say:options.openNow.helpline'));
  });
});

describe('"Another service"', () => {
  it('lists the services for what they told us, with their hours, and never the National Stalking Helpline', async () => {
    const bot = createTestBot();
    await bot.join();
    const steps: [QuestionId, string | string[]][] = [
      ['safety', 'safe'],
      ['story', 'skip'],
      ['who', 'exPartner'],
      ['what', ['messages']],
      ['since', 'fewMonths'],
      ['howOften', 'fewWeekly'],
      ['riskConsent', 'yes'],
      ...NO_RISK,
      ['evidence', 'no'],
      ['police', 'notReported'],
      ['moreTopics', 'moveOn'],
      ['options', 'otherService'],
      ['summaryReview', 'looksRight'],
    ];
    for (const [q, c] of steps) await (Array.isArray(c) ? bot.chooseMany(q, c) : bot.choose(q, c));
    const texts = saidTexts(await bot.choose('consent', 'keep'));
    const start = texts.indexOf(expectedText('say:end.next.otherService'));
    expect(start).toBeGreaterThanOrEqual(0);
    const s = defaultServices().services;
    const line = (key: string, service: string, phone: string) => web.t(`end.next.service.${key}` as 'end.next.service.alwaysOpen', { service, phone });
    const expected = [
      line('alwaysOpen', 'services.police101', s.police101.phone),
      line('alwaysOpen', 'services.refuge', s.domesticAbuse.phone),
      line('unknown', 'services.mensAdviceLine', s.mensAdviceLine.phone),
      line('unknown', 'services.galop', s.galop.phone),
      line('alwaysOpen', 'services.samaritans', s.samaritans.phone),
    ];
    expect(texts.slice(start + 1, start + 1 + expected.length)).toEqual(expected);
    const listed = texts.slice(start, start + 1 + expected.length).join('\n');
    expect(listed).not.toContain(s.nationalStalkingHelpline.phone);
    expect(listed).not.toContain('National Stalking Helpline');
  });
});
