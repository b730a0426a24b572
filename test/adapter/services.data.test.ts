/**
 * Phone numbers are data handed to each turn handler (its services configuration), not a setting
 * one app changes for the whole process: two bots with different numbers, side by side, each say
 * their own - in replies and in the safety message of a failed turn.
 */
import { describe, expect, it } from 'vitest';
import { defaultServices, type ServicesConfig } from '../../src/services';
import { MemoryStore, type TurnCommit } from '../../src/storage';
import { createTestBot } from '../support/bot';

const BUNDLED = defaultServices().services.nationalStalkingHelpline.phone;
const CHARITY_NUMBER = '0800 000 0000';

function withHelpline(phone: string): ServicesConfig {
  const own = defaultServices();
  return { ...own, services: { ...own.services, nationalStalkingHelpline: { ...own.services.nationalStalkingHelpline, phone } } };
}

class UnwritableStore extends MemoryStore {
  override async commitTurn(_commit: TurnCommit): Promise<void> {
    throw new Error('disk full');
  }
}

const allText = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('services as data', () => {
  it("two bots in one process each give their own helpline number, in a reply and the failed turn's safety message", async () => {
    const charity = createTestBot({ services: withHelpline(CHARITY_NUMBER), conversationId: 'charity' });
    const bundled = createTestBot({ conversationId: 'bundled' });
    await charity.join();
    await bundled.join();
    const charityReplies = allText(await charity.turn('language'));
    const bundledReplies = allText(await bundled.turn('language'));
    expect(charityReplies).toContain(CHARITY_NUMBER);
    expect(charityReplies).not.toContain(BUNDLED);
    expect(bundledReplies).toContain(BUNDLED);
    expect(bundledReplies).not.toContain(CHARITY_NUMBER);

    const failing = createTestBot({ services: withHelpline(CHARITY_NUMBER), store: new UnwritableStore() });
    const failed = await failing.turn('hello');
    expect(failed.at(-1)?.importance).toBe('high');
    expect(failed.at(-1)?.text).toContain(CHARITY_NUMBER);
    expect(failed.at(-1)?.text).not.toContain(BUNDLED);
    const stillBundled = createTestBot({ store: new UnwritableStore(), conversationId: 'other' });
    expect((await stillBundled.turn('hello')).at(-1)?.text).toContain(BUNDLED);
  }, 60_000);
});
