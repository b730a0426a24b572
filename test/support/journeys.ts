/** Whole stretches of conversation that several tests start from. */
import type { createTestBot } from './bot';

type TestBot = ReturnType<typeof createTestBot>;

const RISK = ['frightened', 'threats', 'propertyDamage', 'violence', 'loitering', 'othersInvolved', 'escalating'] as const;

/** A conversation told in the person's own words, answered up to the consent question. */
export async function toConsent(bot: TestBot): Promise<void> {
  await bot.join();
  await bot.choose('safety', 'safe');
  await bot.turn('My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026');
  for (const q of ['who', 'what', 'since', 'howOften'] as const) await bot.choose(q, 'yes');
  await bot.choose('riskConsent', 'yes');
  for (const f of RISK) await bot.choose(`risk.${f}`, f === 'frightened' ? 'yes' : 'no');
  await bot.choose('evidence', 'some');
  await bot.choose('police', 'notReported');
  await bot.choose('moreTopics', 'moveOn');
  await bot.choose('options', 'helpline');
  await bot.choose('summaryReview', 'looksRight');
}

/** Up to the last question before a handoff is stored ("share the conversation too?"). */
export async function toShareTranscript(bot: TestBot): Promise<void> {
  await toConsent(bot);
  await bot.choose('consent', 'share');
  await bot.choose('contactSafe', 'skip');
}
