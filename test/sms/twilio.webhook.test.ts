/**
 * SMS without Azure: POST /api/sms/twilio over HTTP, with requests signed as Twilio signs them
 * and a local stand-in for the Twilio REST API.
 */
import { Writable } from 'node:stream';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { smsConversationId } from '../../src/sms';
import { MemoryStore, type StoreItems } from '../../src/storage';
import { translator } from '../../src/i18n';
import { postJson, startApp, activity, rawPost, type RunningApp } from '../support/http';
import {
  PERSON,
  TEST_ACCOUNT_SID,
  TEST_AUTH_TOKEN,
  TEST_FROM,
  postSms,
  smsParams,
  startTwilioStandIn,
  twimlMessages,
} from '../support/twilio';

const sms = translator('en-GB', 'sms');
const TWILIO_ENV = { TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN };

/** A memory store that remembers every key written, so a test can say "nothing ran". */
class WatchedStore extends MemoryStore {
  readonly written: string[] = [];
  override async write(changes: StoreItems): Promise<void> {
    this.written.push(...Object.keys(changes));
    return super.write(changes);
  }
}

const conversationKey = (number: string) => `conversation/sms/${smsConversationId(number, TEST_AUTH_TOKEN)}`;

describe('the Twilio webhook is off without TWILIO_AUTH_TOKEN', () => {
  it('404, and the bot still answers on /api/messages', async () => {
    const running = await startApp();
    try {
      const response = await postSms(running.url, smsParams('hi'));
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('Response');
    } finally {
      await running.close();
    }
  });
});

describe('signed requests', () => {
  let running: RunningApp;
  let store: WatchedStore;
  const logs: string[] = [];

  beforeAll(async () => {
    store = new WatchedStore();
    const logger = createLogger('trace', new Writable({ write: (chunk, _e, done) => (logs.push(String(chunk)), done()) }));
    running = await startApp({ ...TWILIO_ENV, LOG_LEVEL: 'trace' }, { store, logger });
  });
  afterAll(() => running.close());

  it('a correctly signed text gets the welcome and the first question as TwiML', async () => {
    const response = await postSms(running.url, smsParams('hi', '+447700900201'));
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^text\/xml/);
    expect(response.body.startsWith('<?xml')).toBe(true);
    const texts = twimlMessages(response.body);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThanOrEqual(3);
    expect(texts.at(-1)).toContain(sms.t('questions.safety.prompt'));
    expect(texts.join('\n')).toContain('999');
  });

  it.each([
    ['a missing signature', { signature: null }],
    ['a forged signature', { signature: 'bm90IGEgc2lnbmF0dXJl' }],
    ['a signature made with another token', { token: 'ffffffffffffffffffffffffffffffff' }],
    ['a signature for another URL', { signUrl: 'https://attacker.example/api/sms/twilio' }],
    ['a body changed after signing', { sendParams: smsParams("he's outside my door right now", '+447700900202') }],
  ] as const)('%s: 403 and nothing runs', async (_name, options) => {
    const before = store.written.length;
    const response = await postSms(running.url, smsParams('hi', '+447700900202'), options);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({ error: 'The request signature is not valid.' });
    expect(store.written.length).toBe(before);
    expect(await store.read([conversationKey('+447700900202')])).toEqual({});
  });

  it('a form body only on this route: JSON here is 415, a form on /api/messages is 415', async () => {
    const json = await rawPost(running.port, '/api/sms/twilio', { 'content-type': 'application/json' }, JSON.stringify(smsParams('hi')));
    expect(json.status).toBe(415);
    const form = await rawPost(running.port, '/api/messages', { 'content-type': 'application/x-www-form-urlencoded' }, new URLSearchParams(smsParams('hi')).toString());
    expect(form.status).toBe(415);
    const bot = await postJson(running.url, activity({ text: 'hi' }));
    expect(bot.status).toBe(200);
  });

  it('a body over the cap is 413 before any signature work', async () => {
    const big = smsParams('x'.repeat(20_000), '+447700900203');
    const response = await postSms(running.url, big);
    expect(response.status).toBe(413);
    expect(store.written.some((k) => k.includes(smsConversationId('+447700900203', TEST_AUTH_TOKEN)))).toBe(false);
  });

  it('a signed request without a phone number as sender is 400', async () => {
    const response = await postSms(running.url, smsParams('hi', 'ALPHANUM'));
    expect(response.status).toBe(400);
  });

  it('an end-to-end conversation: same rules and storage as every channel, keyed on the sender, never the number itself', async () => {
    const say = async (text: string) => {
      const response = await postSms(running.url, smsParams(text));
      expect(response.status, text).toBe(200);
      return twimlMessages(response.body);
    };
    expect((await say('hi')).at(-1)).toContain(sms.t('questions.safety.prompt'));
    expect((await say('1')).at(-1)).toContain(sms.t('questions.story.prompt'));
    const who = await say('my ex keeps texting me and turning up at my work');
    expect(who.join('\n')).toContain(sms.t('facts.relationship.exPartner'));
    await say('yes');
    const emergency = await say("he's outside my door right now");
    expect(emergency[0]).toBe(sms.t('emergency.lead'));
    expect(emergency.at(-1)).toContain(sms.t('questions.carryOn.prompt'));
    expect((await say('PERSON')).join(' ').replace(/\s+/g, ' ')).toContain(sms.t('person.intro', { hours: '\u0000' }).split('\u0000')[0]!.trim());

    const key = conversationKey(PERSON);
    const stored = (await store.read([key]))[key];
    expect(stored?.conversation).toBeDefined();
    const bare = PERSON.slice(1);
    expect(store.written.join('\n')).not.toContain(bare);
    expect(JSON.stringify(await store.read(store.written))).not.toContain(bare);
    expect(logs.join('')).not.toContain(bare);

    // STOP: the carrier opts the number out; the chat is deleted and nothing is sent.
    const stop = await postSms(running.url, smsParams('STOP'));
    expect(stop.status).toBe(200);
    expect(twimlMessages(stop.body)).toEqual([]);
    expect(await store.read([key])).toEqual({});
    expect(await store.readTranscript(key)).toEqual([]);
  });
});

describe('rate limits, as on /api/messages', () => {
  it('one sender over the per-conversation limit gets 429 with Retry-After; another sender is unaffected', async () => {
    const running = await startApp({ ...TWILIO_ENV, RATE_LIMIT_CONVERSATION_PER_SECOND: '0.01', RATE_LIMIT_CONVERSATION_BURST: '2' });
    try {
      expect((await postSms(running.url, smsParams('hi', '+447700900210'))).status).toBe(200);
      expect((await postSms(running.url, smsParams('1', '+447700900210'))).status).toBe(200);
      const refused = await fetch(`${running.url}/api/sms/twilio`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilio.getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${running.url}/api/sms/twilio`, smsParams('x', '+447700900210', { MessageSid: 'SM1', SmsMessageSid: 'SM1' })),
        },
        body: new URLSearchParams(smsParams('x', '+447700900210', { MessageSid: 'SM1', SmsMessageSid: 'SM1' })).toString(),
      });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await postSms(running.url, smsParams('hi', '+447700900211'))).status).toBe(200);
    } finally {
      await running.close();
    }
  });
});

describe('behind a proxy: PUBLIC_URL is the URL Twilio signed', () => {
  it('a signature for the public URL is accepted; one for the internal URL is not', async () => {
    const running = await startApp({ ...TWILIO_ENV, PUBLIC_URL: 'https://bot.example.org/' });
    try {
      const params = smsParams('hi', '+447700900204');
      const ok = await postSms(running.url, params, { signUrl: 'https://bot.example.org/api/sms/twilio' });
      expect(ok.status).toBe(200);
      expect(twimlMessages(ok.body).length).toBeGreaterThan(0);
      const internal = await postSms(running.url, smsParams('hi', '+447700900205'));
      expect(internal.status).toBe(403);
    } finally {
      await running.close();
    }
  });
});

describe('bot-initiated texts through the Twilio API', () => {
  it('a turn slower than the webhook may wait is answered empty, then texted through the API in order', async () => {
    const api = await startTwilioStandIn();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    class SlowStore extends MemoryStore {
      override async read(keys: string[]) {
        if (keys.some((k) => k.startsWith('conversation/sms/'))) await gate;
        return super.read(keys);
      }
    }
    const running = await startApp(
      { ...TWILIO_ENV, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_FROM: TEST_FROM },
      { store: new SlowStore(), twilio: { apiBaseUrl: api.url, replyWithinMs: 0 } },
    );
    try {
      const response = await postSms(running.url, smsParams('hi', '+447700900206'));
      expect(response.status).toBe(200);
      expect(twimlMessages(response.body)).toEqual([]);
      expect(api.sent).toEqual([]);
      release();
      await api.waitFor(3);
      expect(api.sent.every((m) => m.path === `/2010-04-01/Accounts/${TEST_ACCOUNT_SID}/Messages.json`)).toBe(true);
      expect(api.sent.every((m) => m.params.To === '+447700900206' && m.params.From === TEST_FROM)).toBe(true);
      expect(api.sent[0]!.authorization).toBe(`Basic ${Buffer.from(`${TEST_ACCOUNT_SID}:${TEST_AUTH_TOKEN}`).toString('base64')}`);
      expect(api.sent.at(-1)!.params.Body).toContain(sms.t('questions.safety.prompt'));
    } finally {
      await running.close();
      await api.close();
    }
  });

  it('app.sms sends a bot-initiated text', async () => {
    const api = await startTwilioStandIn();
    const running = await startApp(
      { ...TWILIO_ENV, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_FROM: TEST_FROM },
      { twilio: { apiBaseUrl: api.url } },
    );
    try {
      await running.app.sms!.send('+447700900207', ['first', 'second']);
      expect(api.sent.map((m) => m.params.Body)).toEqual(['first', 'second']);
    } finally {
      await running.close();
      await api.close();
    }
  });
});
