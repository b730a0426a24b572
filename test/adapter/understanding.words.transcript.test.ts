/**
 * Issue 9, "understanding people's own words", through the real turn handler: a relationship said in
 * other words (someone the list had no place for, and a husband's brother) and a duration ("for about
 * 6 months now", "two years now") end up in the summary that is shared, with the person's words kept.
 */
import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { createTestBot, FIXED_NOW, textsIn } from '../support/bot';
import { toShareTranscript } from '../support/journeys';
import { translator } from '../../src/i18n';

const tr = translator('en-GB', 'webchat');

interface SharedLine {
  id: string;
  answer?: { status: string; value?: unknown; words?: string };
}

/** Tell the story, accept every fact read from it, answer the rest and share: the handoff event's summary lines. */
async function shareStory(story: string): Promise<{ afterStory: Partial<Activity>[]; review: Partial<Activity>[]; lines: SharedLine[] }> {
  const bot = createTestBot();
  const { afterStory, review } = await toShareTranscript(bot, story);
  const replies = await bot.choose('shareTranscript', 'no');
  const event = replies.find((r) => r.type === 'event' && r.name === 'handoff.initiate');
  expect(event, 'the summary was shared').toBeDefined();
  return { afterStory, review, lines: (event!.value as { summary: { lines: SharedLine[] } }).summary.lines };
}


const daysBefore = (iso: string) => (FIXED_NOW.getTime() - Date.parse(`${iso}T12:00:00Z`)) / 86_400_000;
const lineOf = (lines: SharedLine[], id: string) => lines.find((l) => l.id === id)?.answer;

describe('a story in the person own words reaches the shared summary', () => {
  it('"my landlord ... for about 6 months now": someone else they know, in their words, and a start about 6 months ago', async () => {
    const { afterStory, review, lines } = await shareStory(
      "My landlord lets himself into my flat when I'm out and texts me late at night. It's been going on for about 6 months now, a few times a week.",
    );
    // The bot confirms who, worded for "someone else I know"
    expect(afterStory.at(-1)?.text).toBe(tr.t('questions.who.confirm', { value: tr.t('facts.relationship.someoneElse') }));
    // The summary the person reviews quotes their words
    const reviewText = textsIn(review).join('\n');
    expect(reviewText).toContain(tr.t('facts.relationship.someoneElse'));
    expect(reviewText).toContain(tr.t('summary.values.yourWords', { words: 'My landlord' }));

    expect(lineOf(lines, 'relationship')).toMatchObject({ status: 'given', value: 'someoneElse', words: 'My landlord' });
    expect(lineOf(lines, 'behaviours')?.value).toEqual(expect.arrayContaining(['turningUp', 'messages']));
    const since = lineOf(lines, 'since') as { value: { date: { iso: string; approximate: boolean } }; words: string };
    expect(daysBefore(since.value.date.iso)).toBeGreaterThan(170);
    expect(daysBefore(since.value.date.iso)).toBeLessThan(195);
    expect(since.value.date.approximate).toBe(true);
    expect(since.words).toContain('6 months');
    expect(lineOf(lines, 'howOften')).toMatchObject({ status: 'given', value: { band: 'fewWeekly' } });
  }, 60_000); // the file's first conversation warms the date recognizer: slow on a busy machine

  it('"my husband\'s brother ... when my husband is at work ... two years now": family, not the husband, from two years ago', async () => {
    const { lines } = await shareStory(
      "My husband's brother keeps coming round when my husband is at work and leaves notes under the door, every few days. Two years now.",
    );
    expect(lineOf(lines, 'relationship')).toMatchObject({ status: 'given', value: 'family', words: "My husband's brother" });
    const since = lineOf(lines, 'since') as { value: { date: { iso: string } } };
    expect(since.value.date.iso).toBe('2024-11-28');
  });
});
