/** Whole stretches of conversation that several tests start from. */
import type { Activity } from 'botbuilder';
import type { createTestBot } from './bot';

type TestBot = ReturnType<typeof createTestBot>;

const RISK = ['frightened', 'threats', 'propertyDamage', 'violence', 'loitering', 'othersInvolved', 'escalating'] as const;

const STORY = 'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026';

/** What the person was shown after telling the story, and with the options (the recommendation). */
export interface JourneyReplies {
  afterStory: Partial<Activity>[];
  review: Partial<Activity>[];
}

/** A conversation told in the person's own words (every fact read from it accepted), answered up to the consent question. */
export async function toConsent(bot: TestBot, story = STORY): Promise<JourneyReplies> {
  await bot.join();
  await bot.choose('safety', 'safe');
  const afterStory = await bot.turn(story);
  for (const q of ['who', 'what', 'since', 'howOften'] as const) await bot.choose(q, 'yes');
  await bot.choose('riskConsent', 'yes');
  for (const f of RISK) await bot.choose(`risk.${f}`, f === 'frightened' ? 'yes' : 'no');
  await bot.choose('evidence', 'some');
  await bot.choose('police', 'notReported');
  await bot.choose('moreTopics', 'moveOn');
  const review = await bot.choose('options', 'helpline');
  await bot.choose('summaryReview', 'looksRight');
  return { afterStory, review };
}

/** Up to the last question before a handoff is stored ("share the conversation too?"). */
export async function toShareTranscript(bot: TestBot, story = STORY): Promise<JourneyReplies> {
  const replies = await toConsent(bot, story);
  await bot.choose('consent', 'share');
  await bot.choose('contactSafe', 'skip');
  return replies;
}
