/**
 * News of a shared summary (handoff.status from the agent hub) respects the person's safe-contact
 * words (issue 9): told at once only at a time they said is safe, kept until they next write when
 * it isn't (or their channel can't take a message from us), never when they gave no way or said
 * "don't contact me". The end message says how they will hear back. Through the real turn handler.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Activity, ConversationAccount } from 'botbuilder';
import { handoffNewsKey } from '../../src/adapter/handoff.news';
import { translator } from '../../src/i18n';
import { MemoryStore } from '../../src/storage';
import { MemoryHandoffStore } from '../../src/storage/handoff.store';
import { createTestTurnHandler, testAdapterFor } from '../support/turn.handler';
import { saidTexts } from '../support/bot';

// The file's first conversation warms the date recognizer: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const web = translator('en-GB', 'webchat');
const sms = translator('en-GB', 'sms');
const PERSON_KEY = (channel: string) => `conversation/${channel}/person-1`;
// Monday 30 November 2026 (GMT: UTC is London time).
const NOON = new Date('2026-11-30T12:00:00Z');
const EVENING = new Date('2026-11-30T19:00:00Z');

function harness(channelId: 'webchat' | 'sms') {
  const store = new MemoryStore();
  const handoffs = new MemoryHandoffStore();
  let now = NOON;
  const told: Partial<Activity>[] = [];
  const handler = createTestTurnHandler({
    store,
    handoffs,
    now: () => now,
    handoffHub: { channelId: 'agenthub', authenticated: false },
    // Only the web chat takes messages the bot starts (as in the running app).
    notifyPerson: async (channel, _id, activities) => {
      if (channel !== 'webchat') return false;
      told.push(...activities);
      return true;
    },
  });
  const person = testAdapterFor(handler, { channelId, locale: 'en-GB', conversation: { id: 'person-1' } as ConversationAccount });
  const hub = testAdapterFor(handler, { channelId: 'agenthub', locale: 'en-GB', conversation: { id: 'hub-1' } as ConversationAccount });
  const texts = saidTexts;
  return {
    store,
    handoffs,
    told,
    texts,
    setNow: (at: Date) => {
      now = at;
    },
    say: async (text: string) => texts(await person.turn(text)),
    /** The whole conversation, typed, up to sharing with these safe-contact words ('skip': none). */
    async share(contact: string): Promise<string[]> {
      for (const step of ['hi', '1', 'My ex keeps texting me and turning up at my work', 'yes', 'yes', 'skip', 'skip', 'skip', 'skip', 'skip', 'skip']) {
        await person.turn(step);
      }
      for (const step of ['move on', 'helpline', "that's right", 'share']) await person.turn(step);
      // In a web chat, words with no number or email are followed by "what number or email?": skipped here.
      const afterContact = texts(await person.turn(contact));
      if (afterContact.at(-1)?.startsWith(web.t('questions.contactAddress.prompt').slice(0, 40))) await person.turn('skip');
      const replies = texts(await person.turn('no'));
      expect(await handoffs.list()).toHaveLength(1);
      return replies;
    },
    async fromHub(state: 'accepted' | 'failed' | 'completed') {
      const [handoff] = await handoffs.list();
      return hub.turn({ type: 'event', name: 'handoff.status', value: { state, handoffId: handoff!.id } });
    },
  };
}

describe('news of a shared summary keeps to the safe-contact words', () => {
  it('"text only, after 6pm": at noon nothing is sent, and the news waits until they write; at 7pm it is told at once', async () => {
    const h = harness('webchat');
    const shared = await h.share('text only, after 6pm');
    // The end message: "they will try to contact you", with their own words, and how news reaches them.
    expect(shared).toContain(web.t('handoff.sent', { contact: 'text only, after 6pm' }));
    expect(web.t('handoff.sent', { contact: 'x' })).toMatch(/will try to contact you/);

    await h.fromHub('accepted');
    expect(h.told).toEqual([]);
    expect((await h.store.read([handoffNewsKey(PERSON_KEY('webchat'))]))[handoffNewsKey(PERSON_KEY('webchat'))]).toBeDefined();
    // They write (at a time of their choosing): the news comes first, once.
    const next = await h.say('hello again');
    expect(next[0]).toBe(web.t('handoff.status.accepted'));
    expect(await h.say('hello')).not.toContain(web.t('handoff.status.accepted'));

    h.setNow(EVENING);
    await h.fromHub('completed');
    expect(h.told.map((a) => a.text)).toEqual([web.t('handoff.status.completed')]);
    expect(await h.say('thanks')).not.toContain(web.t('handoff.status.completed'));
  });

  it.each(['skip', "don't contact me"])('"%s": nothing is ever sent about it, not even when they write again', async (contact) => {
    const h = harness('webchat');
    const shared = await h.share(contact);
    // Words that rule contact out are not quoted back as a way to reach them ("They will try to contact you ...").
    const expected = contact === 'skip' ? web.t('handoff.sentNoContact') : web.t('handoff.sentAskedNoContact');
    expect(shared).toContain(expected);
    expect(shared.join('\n')).not.toMatch(/will try to contact you/);
    expect(expected).toMatch(/nobody will contact you/);
    h.setNow(EVENING);
    await h.fromHub('accepted');
    await h.fromHub('completed');
    expect(h.told).toEqual([]);
    const next = await h.say('hello again');
    expect(next).not.toContain(web.t('handoff.status.accepted'));
    expect(next).not.toContain(web.t('handoff.status.completed'));
  });

  it('"call only": a chat message is not the way they said, so the news waits until they write', async () => {
    const h = harness('webchat');
    await h.share('call only');
    h.setNow(EVENING);
    await h.fromHub('failed');
    expect(h.told).toEqual([]);
    expect((await h.say('any news?'))[0]).toBe(web.t('handoff.status.failed'));
  });

  it('"delete" forgets news that was waiting', async () => {
    const h = harness('webchat');
    await h.share('after 6pm');
    await h.fromHub('accepted');
    const key = handoffNewsKey(PERSON_KEY('webchat'));
    expect((await h.store.read([key]))[key]).toBeDefined();
    await h.say('delete');
    expect((await h.store.read([key]))[key]).toBeUndefined();
  });

  it('on SMS (no text is started by the bot) the news is told in reply to their next text, GSM-7 and within 320', async () => {
    const h = harness('sms');
    const shared = await h.share('any time by text');
    expect(shared.join('\n')).toContain(sms.t('handoff.sent', { contact: 'any time by text' }).slice(0, 60));
    h.setNow(EVENING);
    await h.fromHub('accepted');
    expect(h.told).toEqual([]);
    const next = await h.say('hi');
    expect(next[0]).toContain(sms.t('handoff.status.accepted'));
    for (const text of next) expect(text.length).toBeLessThanOrEqual(320);
  });
});
