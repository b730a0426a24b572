/**
 * A turn's side effects run before its state is saved: a handoff store that fails loses nothing
 * (the person is not recorded as having shared, gets the safety message, and can share again),
 * and a turn redone after another instance wrote first stores the one summary once.
 */
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ETagConflictError, MemoryHandoffStore, MemoryStore, type NewHandoff, type TurnCommit } from '../../src/storage';
import type { HandoffRecord } from '../../src/storage/handoff.store';
import { createTestBot, expectedText, saidTexts } from '../support/bot';
import { toShareTranscript } from '../support/journeys';

class DownHandoffStore extends MemoryHandoffStore {
  down = true;
  override async create(handoff: NewHandoff, now?: Date): Promise<HandoffRecord> {
    if (this.down) throw new Error('handoff database unreachable');
    return super.create(handoff, now);
  }
}

/**
 * Another instance writes the conversation between this turn's read and its commit, once: the
 * stored state is the same but its eTag is new, so the redone turn builds on a different eTag.
 */
class RacedStore extends MemoryStore {
  raceNextCommit = false;
  commits = 0;
  override async commitTurn(commit: TurnCommit): Promise<void> {
    this.commits++;
    if (this.raceNextCommit) {
      this.raceNextCommit = false;
      const current = (await this.read([commit.key]))[commit.key];
      await this.write({ [commit.key]: { ...current } });
      throw new ETagConflictError(commit.key);
    }
    return super.commitTurn(commit);
  }
}

const handoffEvent = (replies: Partial<Activity>[]) => replies.find((r) => r.type === 'event' && r.name === 'handoff.initiate');
const texts = (replies: Partial<Activity>[]) => saidTexts(replies);

describe('side effects of a turn', () => {
  it('a handoff store that fails: the safety message, nothing saved as shared, and "share" works once it is back', async () => {
    const handoffs = new DownHandoffStore();
    const bot = createTestBot({ handoffs });
    await toShareTranscript(bot);

    const failed = await bot.choose('shareTranscript', 'yes');
    expect(handoffEvent(failed)).toBeUndefined();
    expect(texts(failed)).not.toContain(expectedText('say:handoff.sentNoContact'));
    expect(failed.at(-1)?.text).toBe(expectedText('say:common.failsafe'));
    expect(failed.at(-1)?.importance).toBe('high');
    expect(await handoffs.list()).toEqual([]);

    // The conversation is still at the same question: answering it again shares the summary.
    handoffs.down = false;
    const shared = await bot.choose('shareTranscript', 'yes');
    const event = handoffEvent(shared);
    expect(event).toBeDefined();
    const stored = await handoffs.list();
    expect(stored).toHaveLength(1);
    const reference = (event!.value as { reference: string }).reference;
    expect(stored[0]!.reference).toBe(reference);
    const sentAt = texts(shared).indexOf(expectedText('say:handoff.sentNoContact'));
    expect(sentAt).toBeGreaterThanOrEqual(0);
    expect(texts(shared)[sentAt + 1]).toContain(reference);
  }, 60_000); // the first conversation in a file warms the date recognizer: slow on a busy machine

  it('a turn redone after losing its commit to another instance stores the summary once, under the reference it says', async () => {
    const store = new RacedStore();
    const bot = createTestBot({ store });
    await toShareTranscript(bot);
    store.raceNextCommit = true;
    const before = store.commits;

    const replies = await bot.choose('shareTranscript', 'no');
    expect(store.commits - before).toBe(2);
    const stored = await bot.handoffs.list();
    expect(stored).toHaveLength(1);
    expect((handoffEvent(replies)!.value as { reference: string }).reference).toBe(stored[0]!.reference);
    expect(texts(replies).some((t) => t?.includes(stored[0]!.reference))).toBe(true);
  });

  it('"delete" withdraws the shared summary before anything is saved, and says so last', async () => {
    const bot = createTestBot();
    await toShareTranscript(bot);
    await bot.choose('shareTranscript', 'no');
    const deleted = await bot.turn('delete my data');
    expect(deleted.at(-1)?.text).toBe(expectedText('say:delete.sharedWithdrawn'));
    expect(await bot.handoffs.list()).toEqual([]);
  });
});
