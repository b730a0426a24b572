/**
 * Teams throttles a bot above 7 messages a second to one conversation: replies are paced. The clock
 * is a fake one that only moves when the pacer waits, so nothing here depends on real time.
 */
import { describe, expect, it } from 'vitest';
import { SendPacer } from '../../src/adapter/send.pacer';
import { createTestBot } from '../support/bot';

function fakeClock() {
  const clock = { now: 0, sleeps: [] as number[] };
  const pacer = new SendPacer(
    7,
    () => clock.now,
    async (ms) => {
      clock.sleeps.push(ms);
      clock.now += ms;
    },
  );
  return { clock, pacer };
}

/** True when no one-second window holds more than `limit` of the times. */
function withinLimit(times: number[], limit: number): boolean {
  return times.every((t) => times.filter((u) => u >= t && u < t + 1000).length <= limit);
}

describe('the send pacer', () => {
  it('sends in order, 7 at once, then waits for the window to pass', async () => {
    const { clock, pacer } = fakeClock();
    const sent: { item: number; at: number }[] = [];
    await pacer.send('c1', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], async (batch) => void sent.push(...batch.map((item) => ({ item, at: clock.now }))));
    expect(sent.map((s) => s.item)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(clock.sleeps).toEqual([1000]);
    expect(withinLimit(sent.map((s) => s.at), 7)).toBe(true);
  });

  it('counts across calls for one conversation, and not across conversations', async () => {
    const { clock, pacer } = fakeClock();
    const noop = async () => undefined;
    await pacer.send('c1', [1, 2, 3, 4, 5], noop);
    await pacer.send('c2', [1, 2, 3, 4, 5], noop);
    expect(clock.sleeps).toEqual([]);
    await pacer.send('c1', [6, 7, 8], noop);
    expect(clock.sleeps).toEqual([1000]);
  });
});

describe('Teams replies through the turn handler', () => {
  it('a quick run of turns never puts more than 7 messages in a second of one conversation', async () => {
    const { clock, pacer } = fakeClock();
    const bot = createTestBot({ channelId: 'msteams', teamsPacer: pacer });
    const times: number[] = [];
    const send = bot.adapter.sendActivities.bind(bot.adapter);
    bot.adapter.sendActivities = async (context, activities) => {
      times.push(...activities.map(() => clock.now));
      return send(context, activities);
    };
    await bot.join();
    for (const [q, c] of [['safety', 'safe'], ['story', 'skip'], ['who', 'exPartner']] as const) await bot.choose(q, c);
    await bot.chooseMany('what', ['threats']);
    await bot.turn({ type: 'message', value: { cmd: 'danger' } });
    await bot.turn('yes');
    expect(times.length).toBeGreaterThan(7);
    expect(clock.sleeps.length).toBeGreaterThan(0);
    expect(withinLimit(times, 7)).toBe(true);
  });
});
