/**
 * The person's own words are understood and confirmed, not asked again (issue: understanding).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, expectedText } from '../support/bot';
import { translator } from '../../src/i18n';
import { warmUpUnderstanding } from '../../src/understanding';

const STORY = 'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026';
const tr = translator('en-GB', 'webchat');

// Loading the date recognizer is start-up work (the app does it before /healthz says ready), not the first turn's:
// on a busy CI machine it took the first test past its 20 s.
beforeAll(() => warmUpUnderstanding());

describe('a story that says who, what, since when and how often', () => {
  it('is confirmed question by question, with the facts right (3 April 2026, not 4 March)', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    const afterStory = await bot.turn(STORY);
    expect(afterStory.map((r) => r.text)).toEqual([
      expectedText('say:story.thanks'),
      tr.t('questions.who.confirm', { value: tr.t('facts.relationship.exPartner') }),
    ]);
    const what = await bot.turn('yes');
    expect(what.at(-1)?.text).toContain(tr.t('questions.what.choices.messages').toLowerCase());
    expect(what.at(-1)?.text).toContain(tr.t('questions.what.choices.turningUp').toLowerCase());
    const since = await bot.turn('yes');
    expect(since.at(-1)?.text).toBe(tr.t('questions.since.confirm', { value: tr.t('facts.startedOn', { date: '3 April 2026' }) }));
    const howOften = await bot.turn('yes');
    expect(howOften.at(-1)?.text).toBe(
      tr.t('questions.howOften.confirm', { value: tr.t('facts.perCount', { count: 3, per: tr.t('facts.per.week') }) }),
    );
    const next = await bot.turn('yes');
    expect(next.at(-1)?.text).toBe(expectedText('ask:riskConsent'));
  });

  it('the same story as the very first message (as on SMS) is kept and confirmed after the safety question', async () => {
    const bot = createTestBot({ channelId: 'sms' });
    await bot.turn(STORY);
    const confirm = await bot.turn('1');
    expect(confirm.at(-1)?.text).toContain(tr.t('facts.relationship.exPartner'));
  });

  it('a correction replaces the fact', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.turn(STORY);
    await bot.turn('yes');
    await bot.turn('yes');
    await bot.turn('no');
    const replies = await bot.turn('it started last summer');
    expect(replies.at(-1)?.text).toContain('3 times a week');
    await bot.turn('yes');
    const record = (await bot.store.read(['conversation/webchat/conversation-1']))['conversation/webchat/conversation-1'];
    const since = record.conversation.snapshot.context.answers.since;
    expect(since.status).toBe('given');
    expect(since.value.date.iso).toMatch(/^2026-0[678]-/);
    expect(since.words).toContain('last summer');
  });

  it('free text at a question goes through the same extractors', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    await bot.choose('story', 'skip');
    await bot.turn('a guy I met on Tinder');
    const record = (await bot.store.read(['conversation/webchat/conversation-1']))['conversation/webchat/conversation-1'];
    expect(record.conversation.snapshot.context.answers.relationship).toMatchObject({ status: 'given', value: 'metOnline' });
  });
});
