/**
 * An activity without a conversation, channel or sender, or with an id that is too long, is a 400
 * before the adapter sees it: no turn runs and nothing is logged as an error.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { activity, postJson, startApp, type RunningApp } from '../support/http';

const logLines: string[] = [];
const logger = createLogger('info', new Writable({ write: (chunk, _e, done) => (logLines.push(String(chunk)), done()) }));

let server: RunningApp;
beforeAll(async () => {
  server = await startApp({}, { logger });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  logLines.length = 0;
});

const long = (n: number) => 'x'.repeat(n);

function without(field: string): Record<string, unknown> {
  const sent = activity();
  delete sent[field];
  return sent;
}

describe('POST /api/messages: the activity shape is checked first', () => {
  it.each([
    ['no conversation', without('conversation')],
    ['a conversation without an id', activity({ conversation: {} })],
    ['a conversation that is a string', activity({ conversation: 'c1' })],
    ['an empty conversation id', activity({ conversation: { id: '' } })],
    ['no channelId', without('channelId')],
    ['an empty channelId', activity({ channelId: '' })],
    ['a channelId with odd characters', activity({ channelId: 'web chat/../x' })],
    ['no sender (from)', without('from')],
    ['a type that is not a word', activity({ type: 'message!' })],
    ['a numeric type', activity({ type: 7 })],
    ['a conversation id over 512 characters', activity({ conversation: { id: long(513) } })],
    ['a channelId over 64 characters', activity({ channelId: long(65) })],
    ['a sender id over 256 characters', activity({ from: { id: long(257) } })],
    ['a recipient id over 256 characters', activity({ recipient: { id: long(257) } })],
    ['an activity id over 256 characters', activity({ id: long(257) })],
    ['a replyToId over 256 characters', activity({ replyToId: long(257) })],
    ['a serviceUrl over 2048 characters', activity({ serviceUrl: `http://127.0.0.1/${long(2048)}` })],
    ['a conversation id with a control character', activity({ conversation: { id: 'c1\u0000x' } })],
    ['more than 50 members added', activity({ type: 'conversationUpdate', membersAdded: Array.from({ length: 51 }, (_, i) => ({ id: `m${i}` })) })],
  ])('%s -> 400, no turn, no error log', async (_name, sent) => {
    const response = await postJson(server.url, sent);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/Bot Framework activity/);
    expect(body.error).not.toContain('xxxxxxxx');
    const conversation = (sent['conversation'] as { id?: unknown } | undefined)?.id;
    if (typeof conversation === 'string' && conversation) {
      expect(await server.app.store.read([`conversation/webchat/${encodeURIComponent(conversation)}`])).toEqual({});
    }
    const errors = logLines.map((l) => JSON.parse(l) as { level: number }).filter((entry) => entry.level >= 50);
    expect(errors).toEqual([]);
  });

  it('ids at their limits are accepted (the control)', async () => {
    const sent = activity({ conversation: { id: long(512) }, channelId: `c${long(63)}`, from: { id: long(256) }, id: long(256) });
    const response = await postJson(server.url, sent);
    expect(response.status).toBe(200);
  });

  it('null optional fields, as some channels send them, are accepted', async () => {
    const response = await postJson(server.url, activity({ replyToId: null, locale: null, recipient: null, text: 'hi' }));
    expect(response.status).toBe(200);
  });
});
