/**
 * The labelled safety corpus through the real bot, as a first message and mid-conversation:
 * every emergency and crisis message gets emergency guidance as the FIRST reply of the turn,
 * with importance "high" and 999, and 55 in the guidance messages that follow it (and Samaritans for a crisis); safe messages rarely do.
 */
import { describe, expect, it, vi } from 'vitest';
import { CORPUS } from '../safety/corpus.en-GB';
import { createTestBot, guidanceText } from '../support/bot';

// 140 whole turns through the real bot per test: slow on a shared 2-CPU machine, never a timing check.
vi.setConfig({ testTimeout: 60_000 });

const urgent = CORPUS.filter((m) => m.label === 'emergency' || m.label === 'crisis');
const safe = CORPUS.filter((m) => m.label === 'none');

async function firstMessage(text: string) {
  const bot = createTestBot({ conversationId: `first-${text}` });
  return bot.turn(text);
}

async function midConversation(text: string) {
  const bot = createTestBot({ conversationId: `mid-${text}` });
  await bot.join();
  await bot.choose('safety', 'safe');
  await bot.choose('story', 'skip');
  return bot.turn(text);
}

describe.each([
  ['as the first message', firstMessage],
  ['mid-conversation', midConversation],
] as const)('safety corpus through the bot, %s', (_where, send) => {
  it(`flags all ${urgent.length} emergency and crisis messages first, with 999 and 55`, async () => {
    const missed: string[] = [];
    for (const message of urgent) {
      const replies = await send(message.text);
      const first = replies[0];
      const ok =
        first?.importance === 'high' &&
        first.text?.includes('999') &&
        guidanceText(replies).includes('55') &&
        (message.label !== 'crisis' || replies.some((r) => r.text?.includes('116 123')));
      if (!ok) missed.push(message.text);
    }
    expect(missed).toEqual([]);
  });

  it(`raises a false alarm on at most 3% of ${safe.length} safe messages`, async () => {
    const alarmed: string[] = [];
    for (const message of safe) {
      const replies = await send(message.text);
      if (replies.some((r) => r.importance === 'high')) alarmed.push(message.text);
    }
    expect(alarmed.length / safe.length).toBeLessThanOrEqual(0.03);
  });
});
