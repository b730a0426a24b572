/**
 * handoff.status comes from the agent hub only: its own channel (HANDOFF_HUB_CHANNEL_ID) and, with
 * app credentials, a caller authenticated as the hub's app (HANDOFF_HUB_APP_ID). A person's own
 * webchat, Teams or SMS activity can never mark their handoff done - so "delete" still withdraws it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { activity, postJson, startApp, type RunningApp } from '../support/http';
import { AAD_ISSUER, CHANNEL_ISSUER, startKeyServer, type KeyServer } from '../support/tokens';

interface Reply {
  type: string;
  name?: string;
  text?: string;
  value?: { handoffId?: string };
}

type Post = (overrides: Record<string, unknown>) => Promise<Response>;

/** The shortest way to a shared handoff, as the person; returns its id. */
async function shareHandoff(post: Post): Promise<string> {
  const steps: Record<string, unknown>[] = [
    { type: 'conversationUpdate', membersAdded: [{ id: 'person' }], text: undefined },
    { value: { q: 'safety', c: 'safe' } },
    { text: 'talk to a person' },
    { value: { q: 'summaryReview', c: 'looksRight' } },
    { value: { q: 'consent', c: 'share' } },
    { value: { q: 'contactSafe', c: 'skip' } },
    { value: { q: 'shareTranscript', c: 'no' } },
  ];
  let replies: Reply[] = [];
  for (const step of steps) {
    const response = await post(step);
    expect(response.status).toBe(200);
    replies = ((await response.json()) as { activities: Reply[] }).activities;
  }
  const event = replies.find((r) => r.type === 'event' && r.name === 'handoff.initiate');
  expect(event?.value?.handoffId).toBeTruthy();
  return event!.value!.handoffId!;
}

const status = (state: string, handoffId?: string) => ({ type: 'event', name: 'handoff.status', text: undefined, value: { state, handoffId } });

/** Each test shares its own handoff (beforeEach), so no test depends on what another did to one. */
const PLENTY = { RATE_LIMIT_CLIENT_BURST: '100000', RATE_LIMIT_CONVERSATION_BURST: '100000' };
let people = 0;

describe('local mode, HANDOFF_HUB_CHANNEL_ID=agenthub', () => {
  let server: RunningApp;
  let handoffId: string;
  let person = { id: 'person-conversation-1' };
  const asPerson: Post = (overrides) => postJson(server.url, activity({ conversation: person, ...overrides }));

  beforeAll(async () => {
    server = await startApp({ HANDOFF_HUB_CHANNEL_ID: 'agenthub', ...PLENTY });
  });
  beforeEach(async () => {
    person = { id: `person-conversation-${++people}` };
    handoffId = await shareHandoff(asPerson);
  });
  afterAll(async () => {
    await server.close();
  });

  it("the person's own web chat can't mark their handoff completed, with or without its id", async () => {
    for (const value of [status('completed', handoffId), status('completed'), status('accepted', handoffId)]) {
      expect((await asPerson(value)).status).toBe(200);
    }
    expect((await server.app.handoffs.get(handoffId))?.status).toBe('new');
  });

  it.each([['msteams'], ['sms'], ['directline'], ['emulator'], ['webchat']])('nor can any %s conversation', async (channelId) => {
    const response = await postJson(server.url, activity({ channelId, ...status('completed', handoffId) }));
    expect(response.status).toBe(200);
    expect((await server.app.handoffs.get(handoffId))?.status).toBe('new');
  });

  it('so "delete my data" still withdraws the shared handoff', async () => {
    const response = await asPerson({ text: 'delete my data' });
    expect(response.status).toBe(200);
    expect(await server.app.handoffs.get(handoffId)).toBeUndefined();
  });

  it('the hub, on its own channel, naming the handoff, sets its status', async () => {
    const shared = handoffId;
    const hub = (value: Record<string, unknown>) => postJson(server.url, activity({ channelId: 'agenthub', conversation: { id: 'hub-1' }, ...value }));
    expect((await hub(status('accepted', shared))).status).toBe(200);
    expect((await server.app.handoffs.get(shared))?.status).toBe('in_progress');
    expect((await hub(status('completed', 'no-such-handoff'))).status).toBe(200);
    expect((await server.app.handoffs.get(shared))?.status).toBe('in_progress');
  });
});

describe('no hub configured', () => {
  it('every handoff.status is ignored, from any channel', async () => {
    const server = await startApp();
    try {
      const conversation = { id: 'person-conversation-3' };
      const handoffId = await shareHandoff((overrides) => postJson(server.url, activity({ conversation, ...overrides })));
      for (const channelId of ['webchat', 'agenthub']) {
        await postJson(server.url, activity({ channelId, conversation, ...status('completed', handoffId) }));
      }
      expect((await server.app.handoffs.get(handoffId))?.status).toBe('new');
    } finally {
      await server.close();
    }
  });
});

describe('authenticated mode: the hub must authenticate as HANDOFF_HUB_APP_ID', () => {
  const APP_ID = '11111111-2222-3333-4444-555555555555';
  const HUB_APP_ID = '99999999-8888-7777-6666-555555555555';
  const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';
  let keys: KeyServer;
  let server: RunningApp;
  let handoffId: string;
  let person = { id: 'person-authenticated-1' };

  const channelToken = () => `Bearer ${keys.sign({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: SERVICE_URL })}`;
  const botToken = (callerAppId: string) => `Bearer ${keys.sign({ iss: AAD_ISSUER, aud: APP_ID, appid: callerAppId, ver: '1.0' })}`;
  const post = (authorization: string, overrides: Record<string, unknown>) =>
    postJson(server.url, activity({ serviceUrl: SERVICE_URL, ...overrides }), { authorization });
  const current = async () => (await server.app.handoffs.get(handoffId))?.status;

  beforeAll(async () => {
    keys = await startKeyServer();
    server = await startApp(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', HANDOFF_HUB_CHANNEL_ID: 'agenthub', HANDOFF_HUB_APP_ID: HUB_APP_ID, ...PLENTY },
      { botAuthentication: { openIdMetadataUrl: keys.metadataUrl } },
    );
  });
  beforeEach(async () => {
    person = { id: `person-authenticated-${++people}` };
    handoffId = await shareHandoff((overrides) => post(channelToken(), { conversation: person, ...overrides }));
  });
  afterAll(async () => {
    await server.close();
    await keys.close();
  });

  it("the person's genuine channel token can't set a status, even claiming the hub's caller id in the body", async () => {
    const forgedCaller = { callerId: `urn:botframework:aadappid:${HUB_APP_ID}` };
    expect((await post(channelToken(), { conversation: person, ...status('completed', handoffId), ...forgedCaller })).status).toBe(200);
    expect((await post(channelToken(), { channelId: 'agenthub', ...status('completed', handoffId), ...forgedCaller })).status).toBe(200);
    expect(await current()).toBe('new');
  });

  it('another bot is not authenticated at all (401)', async () => {
    const response = await post(botToken('33333333-3333-3333-3333-333333333333'), { channelId: 'agenthub', ...status('completed', handoffId) });
    expect(response.status).toBe(401);
    expect(await current()).toBe('new');
  });

  it("the hub's app on a person's channel is not the hub", async () => {
    expect((await post(botToken(HUB_APP_ID), { channelId: 'webchat', ...status('completed', handoffId) })).status).toBe(200);
    expect(await current()).toBe('new');
  });

  it("the hub's app on the hub channel sets the status", async () => {
    expect((await post(botToken(HUB_APP_ID), { channelId: 'agenthub', conversation: { id: 'hub-1' }, ...status('accepted', handoffId) })).status).toBe(200);
    expect(await current()).toBe('in_progress');
  });
});

describe('hub configuration', () => {
  it.each([['webchat'], ['msteams'], ['sms'], ['directline'], ['emulator'], ['WebChat']])('HANDOFF_HUB_CHANNEL_ID=%s (a channel people use) is refused', (channel) => {
    expect(() => loadConfig({ HANDOFF_HUB_CHANNEL_ID: channel })).toThrow(/HANDOFF_HUB_CHANNEL_ID must not be a channel people talk on/);
  });

  it('with app credentials, a hub channel needs the hub app id', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', HANDOFF_HUB_CHANNEL_ID: 'agenthub' })).toThrow(/HANDOFF_HUB_APP_ID is required/);
  });

  it('a hub app id needs app credentials and a hub channel', () => {
    expect(() => loadConfig({ HANDOFF_HUB_APP_ID: 'hub' })).toThrow(ConfigError);
    expect(() => loadConfig({ HANDOFF_HUB_APP_ID: 'hub' })).toThrow(/HANDOFF_HUB_APP_ID needs MicrosoftAppId[\s\S]*HANDOFF_HUB_CHANNEL_ID is required/);
  });

  it('a valid hub configuration', () => {
    expect(loadConfig({ HANDOFF_HUB_CHANNEL_ID: 'agenthub' }).handoffHub).toEqual({ channelId: 'agenthub', appId: undefined });
    expect(
      loadConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', HANDOFF_HUB_CHANNEL_ID: 'agenthub', HANDOFF_HUB_APP_ID: 'hub' }).handoffHub,
    ).toEqual({ channelId: 'agenthub', appId: 'hub' });
  });
});
