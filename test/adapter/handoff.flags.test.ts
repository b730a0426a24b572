/**
 * A caseworker review: a 15-year-old's sextortion looked like any other case in the queue. Shared
 * through the real turn handler, the stored handoff now carries the under-18 and images flags.
 */
import { describe, expect, it, vi } from 'vitest';
import { riskFlags } from '../../src/storage';
import { createTestBot } from '../support/bot';
import { toShareTranscript } from '../support/journeys';

// Whole conversations; the file's first warms the date recognizer (slow on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

describe('risk flags on a shared summary', () => {
  it("a young person's sextortion story is flagged under 18 and intimate images", async () => {
    const bot = createTestBot();
    await toShareTranscript(bot, "I'm 15 and a boy I met on snapchat has been messaging me every day since March saying he will send my pics to everyone at school unless I pay him");
    await bot.choose('shareTranscript', 'no');
    const [stored] = await bot.handoffs.list();
    expect(stored).toBeDefined();
    expect(riskFlags(stored!.summary)).toEqual(expect.arrayContaining(['under18', 'images']));
    expect(riskFlags(stored!.summary)).not.toContain('weapons');
  }, 60_000);
});
