/**
 * A caseworker review: "police" typed to pick the summary's Police line set off the emergency
 * guidance and recorded a safety moment. At the question that names the summary's lines it picks
 * the line, with the short 999 line first; everywhere else the same word is still an emergency.
 */
import { describe, expect, it, vi } from 'vitest';
import { createTestBot, expectedText, saidTexts } from '../support/bot';
import { toConsent } from '../support/journeys';

async function atLineMenu() {
  const bot = createTestBot();
  await toConsent(bot);
  await bot.turn('back');
  await bot.choose('summaryReview', 'change');
  return bot;
}

// Whole conversations; the file's first warms the date recognizer (slow on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

describe('a lone danger word that names a summary line', () => {
  it('"police" at "which line?" picks the Police line, with the short 999 line first and no safety moment', async () => {
    const bot = await atLineMenu();
    const replies = await bot.turn('police');
    expect(replies.some((r) => r.importance === 'high')).toBe(false);
    const texts = saidTexts(replies);
    expect(texts[0]).toBe(expectedText('say:emergency.brief'));
    expect(texts.at(-1)).toBe(expectedText('ask:lineAction'));
    const replies2 = await bot.choose('lineAction', 'cancel');
    expect(replies2.some((r) => r.importance === 'high')).toBe(false);
    const stored = JSON.stringify(await bot.store.read(['conversation/webchat/conversation-1']));
    expect(stored).toContain('"step"');
    expect(stored).not.toContain('emergency.fragment');
  });

  it('the same word anywhere else is still read as an emergency', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.choose('safety', 'safe');
    const replies = await bot.turn('police');
    expect(replies[0]?.importance).toBe('high');
  });

  it('words that are not a line name at that question still get the full guidance', async () => {
    const bot = await atLineMenu();
    const replies = await bot.turn('help me');
    expect(replies[0]?.importance).toBe('high');
  });
});
