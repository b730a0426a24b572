/**
 * The stored conversation record is validated when read: a corrupt one gets a fresh start (the
 * "I had to start again" notice and the first question), a log line naming the fields that failed
 * without their content, and the conversation carries on from there - never a crash.
 */
import { describe, expect, it } from 'vitest';
import { conversationKey } from '../../src/adapter';
import { readConversationRecord } from '../../src/adapter/conversation.record';
import { MemoryStore } from '../../src/storage';
import { createTestBot, expectedText, saidTexts } from '../support/bot';
import { capturedLogger, createTestTurnHandler, testAdapterFor } from '../support/turn.handler';

const KEY = conversationKey({ channelId: 'webchat', conversation: { id: 'convo', isGroup: false, conversationType: '', name: '' } });
const SECRET = 'my address is 12 Secret Lane';

const CORRUPT: Record<string, unknown> = {
  'fields of the wrong type': { conversation: 'garbage', locale: 42, updatedAt: null },
  'no conversation': { locale: 'en-GB', updatedAt: '2026-11-28T12:00:00Z', note: SECRET },
  'a prompt for no question': {
    conversation: { machineVersion: 1, snapshot: {} },
    prompt: { question: SECRET, mode: 'ask', choices: [] },
    locale: 'en-GB',
    updatedAt: '2026-11-28T12:00:00Z',
  },
  'a locale nobody serves': { conversation: { machineVersion: 1, snapshot: {} }, locale: 'xx-YY', updatedAt: '2026-11-28T12:00:00Z' },
};

describe('reading the stored conversation', () => {
  it.each(Object.entries(CORRUPT))('%s: a fresh start, a log line without content, and the chat goes on', async (_name, corrupt) => {
    const store = new MemoryStore();
    await store.write({ [KEY]: corrupt });
    const log = capturedLogger();
    const chat = testAdapterFor(createTestTurnHandler({ store, logger: log.logger }), { channelId: 'webchat', locale: 'en-GB', conversation: { id: 'convo', isGroup: false, conversationType: '', name: '' } });

    const first = saidTexts(await chat.turn('hello'));
    expect(first[0]).toBe(expectedText('say:common.restarted'));
    expect(first).toContain(expectedText('ask:safety'));
    expect(first).not.toContain(expectedText('say:common.failsafe'));
    const logged = log.text();
    expect(logged).toContain('conversation.corrupt');
    expect(logged).not.toContain('Secret Lane');
    expect(logged).not.toContain('turn.failed');

    // The fresh conversation was stored over the corrupt one: the next answer is read as usual.
    const next = (await chat.turn({ type: 'message', text: 'safe', value: { q: 'safety', c: 'safe' } })).map((r) => r.text);
    expect(next).toContain(expectedText('ask:story'));
    expect(readConversationRecord((await store.read([KEY]))[KEY]).kind).toBe('valid');
  }, 60_000);

  it('a valid record is read as stored', async () => {
    const bot = createTestBot({ conversationId: 'convo' });
    await bot.join();
    const read = readConversationRecord((await bot.store.read([KEY]))[KEY]);
    expect(read.kind).toBe('valid');
    if (read.kind === 'valid') {
      expect(read.record.locale).toBe('en-GB');
      expect(read.record.prompt?.question).toBe('safety');
      expect(read.eTag).toEqual(expect.any(String));
    }
  });
});
