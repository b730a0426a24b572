/**
 * Rate limits on POST /api/messages: per client address (before the body is read) and per
 * conversation (after authentication), each a 429 with Retry-After. The defaults let one person
 * chat (and the HTTP tests run) but stop one client opening hundreds of conversations a second.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { activity, postJson, rawPost, startApp } from '../support/http';
import { CHANNEL_ISSUER, startKeyServer } from '../support/tokens';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rate limits', () => {
  it('with the defaults, one client cannot open hundreds of conversations a second', async () => {
    const server = await startApp();
    try {
      const started = Date.now();
      const responses = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          postJson(server.url, activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'p' }], conversation: { id: `flood-${i}` } })),
        ),
      );
      const seconds = (Date.now() - started) / 1000;
      const accepted = responses.filter((r) => r.status === 200).length;
      const limited = responses.filter((r) => r.status === 429);
      const { burst, perSecond } = loadConfig({}).rateLimits.client;
      expect(accepted).toBeLessThanOrEqual(burst + Math.ceil(perSecond * seconds) + 1);
      expect(accepted).toBeGreaterThan(0);
      // Every request not served was refused with 429 (nothing else failed); how many depends only
      // on how long the 300 took, which the bound above already allows for.
      expect(limited.length).toBe(responses.length - accepted);
      expect(limited.length).toBeGreaterThan(0);
      expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await limited[0]!.json()).toEqual({ error: expect.stringMatching(/Too many requests/) });
    } finally {
      await server.close();
    }
  });

  it('a client over its limit gets 429 with Retry-After before its body is read, and is served again after waiting', async () => {
    const server = await startApp({ RATE_LIMIT_CLIENT_BURST: '3', RATE_LIMIT_CLIENT_PER_SECOND: '2' });
    try {
      // A first turn is slow on a cold app (more so when this test runs first): warm it up and let
      // the bucket fill again, so the three below arrive faster than it refills, in any test order.
      expect((await postJson(server.url, activity())).status).toBe(200);
      await sleep(2000);
      for (let i = 0; i < 3; i++) expect((await postJson(server.url, activity())).status).toBe(200);
      // Not even the content type is looked at: the refusal comes first.
      const refused = await rawPost(server.port, '/api/messages', { 'content-type': 'multipart/form-data; boundary=x', 'content-length': 10 }, '--x--\r\n\r\n');
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBe(1);
      await sleep(retryAfter * 1000 + 100);
      expect((await postJson(server.url, activity())).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('one conversation over its limit gets 429 with Retry-After; other conversations carry on', async () => {
    const server = await startApp({ RATE_LIMIT_CONVERSATION_BURST: '3', RATE_LIMIT_CONVERSATION_PER_SECOND: '0.5' });
    try {
      const busy = { id: 'busy-conversation' };
      for (let i = 0; i < 3; i++) expect((await postJson(server.url, activity({ conversation: busy }))).status).toBe(200);
      const refused = await postJson(server.url, activity({ conversation: busy }));
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('2');
      expect((await postJson(server.url, activity({ conversation: { id: 'another-conversation' } }))).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("forged requests naming a conversation don't use up that conversation's allowance", async () => {
    const keys = await startKeyServer();
    const appId = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
    const server = await startApp(
      { MicrosoftAppId: appId, MicrosoftAppPassword: 'not-a-real-secret', RATE_LIMIT_CONVERSATION_BURST: '2', RATE_LIMIT_CONVERSATION_PER_SECOND: '0.1' },
      { botAuthentication: { openIdMetadataUrl: keys.metadataUrl } },
    );
    try {
      const serviceUrl = 'https://smba.trafficmanager.net/uk/';
      const target = { id: 'someone-elses-conversation' };
      for (let i = 0; i < 5; i++) {
        expect((await postJson(server.url, activity({ conversation: target, serviceUrl }), { authorization: 'Bearer forged' })).status).toBe(401);
      }
      const genuine = keys.sign({ iss: CHANNEL_ISSUER, aud: appId, serviceurl: serviceUrl });
      expect((await postJson(server.url, activity({ conversation: target, serviceUrl }), { authorization: `Bearer ${genuine}` })).status).toBe(200);
    } finally {
      await server.close();
      await keys.close();
    }
  });

  it.each([
    ['RATE_LIMIT_CLIENT_PER_SECOND', '0'],
    ['RATE_LIMIT_CLIENT_BURST', '0'],
    ['RATE_LIMIT_CONVERSATION_PER_SECOND', '-1'],
    ['RATE_LIMIT_CONVERSATION_BURST', 'lots'],
    ['RATE_LIMIT_CLIENT_BURST', '2.5'],
  ])('%s=%s is a configuration error (limits are raised explicitly, never switched off)', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});
