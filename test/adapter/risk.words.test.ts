/**
 * A caseworker review: "yes he said he'd burn my car" at "Have they threatened you?" reached staff as
 * "yes", the words only in a transcript the person may not share. The words are kept with the answer,
 * shown in the summary the person reviews, and shared with it.
 */
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n';
import { createTestBot, textsIn } from '../support/bot';

const web = translator('en-GB', 'webchat');

async function atRiskQuestions() {
  const bot = createTestBot();
  await bot.join();
  await bot.choose('safety', 'safe');
  await bot.turn('my neighbour keeps shouting at me in the street');
  for (const q of ['who', 'what', 'since', 'howOften'] as const) await bot.choose(q, 'skip');
  await bot.choose('riskConsent', 'yes');
  await bot.choose('risk.frightened', 'yes');
  return bot;
}

// Whole conversations; the file's first warms the date recognizer (slow on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

describe('typed words with a yes or no at a risk question', () => {
  it('are kept with the answer, quoted in the summary and shared with it', async () => {
    const bot = await atRiskQuestions();
    await bot.turn("yes he said he'd burn my car");
    for (const q of ['threatSoon', 'propertyDamage', 'violence', 'loitering', 'othersInvolved', 'escalating'] as const) await bot.choose(`risk.${q}`, 'no');
    await bot.choose('evidence', 'no');
    await bot.choose('police', 'notReported');
    await bot.choose('moreTopics', 'moveOn');
    const review = textsIn(await bot.choose('options', 'helpline')).join('\n');
    expect(review).toContain(web.t('summary.values.yourWords', { words: "yes he said he'd burn my car" }));
    await bot.choose('summaryReview', 'looksRight');
    await bot.choose('consent', 'share');
    await bot.choose('contactSafe', 'skip');
    await bot.choose('shareTranscript', 'no');
    const [handoff] = await bot.handoffs.list();
    const risk = handoff!.summary.lines.find((line) => line.id === 'risk');
    expect(risk).toMatchObject({ answers: { threats: { status: 'given', value: 'yes', words: "yes he said he'd burn my car" } } });
  });

  it('a bare "yes please" or a button keeps no words', async () => {
    const bot = await atRiskQuestions();
    await bot.turn('yes please');
    await bot.choose('risk.threatSoon', 'no');
    await bot.choose('risk.propertyDamage', 'yes');
    const context = (await bot.store.read(['conversation/webchat/conversation-1']))['conversation/webchat/conversation-1'] as { conversation: { snapshot: { context: { answers: { risk: Record<string, unknown> } } } } };
    const risk = context.conversation.snapshot.context.answers.risk;
    expect(risk.threats).toEqual({ status: 'given', value: 'yes' });
    expect(risk.propertyDamage).toEqual({ status: 'given', value: 'yes' });
  });
});
