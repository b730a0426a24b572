/**
 * botframework-directlinejs - the client inside stock Web Chat - against our Direct Line endpoint,
 * over the WebSocket stream and by polling: the welcome arrives unasked, the person's own activity
 * comes back with its server id and clientActivityID, replies follow, a reconnect resumes after the
 * watermark, and a bot-initiated message (handoff.status from the agent hub) reaches the person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Activity } from 'botframework-directlinejs';
import { activity, postJson, startApp, type RunningApp } from '../support/http';
import { connect, type Client } from '../support/directline.client';

let app: RunningApp;
const globals = globalThis as { WebSocket?: unknown };
const hadWebSocket = 'WebSocket' in globals;
const previousWebSocket = globals.WebSocket;

beforeAll(async () => {
  // DirectLineJS picks the stream only where a global WebSocket exists, as in a browser.
  globals.WebSocket = WebSocket;
  app = await startApp({ HANDOFF_HUB_CHANNEL_ID: 'agenthub' });
});

afterAll(async () => {
  if (hadWebSocket) globals.WebSocket = previousWebSocket;
  else delete globals.WebSocket;
  await app?.close();
});

async function newChat(): Promise<{ conversationId: string; userId: string; token: string }> {
  const res = await fetch(`${app.url}/api/webchat/token`, { method: 'POST', headers: { origin: app.url } });
  expect(res.status).toBe(200);
  return (await res.json()) as { conversationId: string; userId: string; token: string };
}

const fromBot = (text: string) => (a: Activity) => a.from.role === 'bot' && a.type === 'message' && (a.text ?? '').includes(text);

async function answer(client: Client, userId: string, text: string, clientActivityID: string): Promise<Activity> {
  const id = await client.post({ type: 'message', text, from: { id: userId, role: 'user' }, channelData: { clientActivityID } } as Partial<Activity>);
  return client.waitFor((a) => a.id === id);
}

describe.each([
  { transport: 'WebSocket', webSocket: true },
  { transport: 'polling', webSocket: false },
])('DirectLineJS over $transport', ({ webSocket }) => {
  it('gets the welcome unasked, its own echo with server id and clientActivityID, then the reply', async () => {
    const chat = await newChat();
    const client = connect({ domain: `${app.url}/v3/directline`, token: chat.token, webSocket });
    try {
      const welcome = await client.waitFor(fromBot('are you safe right now?'));
      expect(welcome.from).toMatchObject({ role: 'bot' });
      expect(welcome.conversation?.id).toBe(chat.conversationId);
      expect((welcome as Activity & { suggestedActions?: { actions: { title: string }[] } }).suggestedActions?.actions.map((a) => a.title)).toContain("I'm safe");

      const echo = await answer(client, chat.userId, "I'm safe", 'client-1');
      expect(echo.id).toMatch(new RegExp(`^${chat.conversationId}\\|\\d+$`));
      expect(echo.from).toEqual({ id: chat.userId, role: 'user' });
      expect(echo.channelData).toMatchObject({ clientActivityID: 'client-1' });
      expect(echo.channelId).toBe('webchat');
      expect(typeof echo.timestamp).toBe('string');
      await client.waitFor(fromBot('In your own words'));

      // Every activity once, in order: ids (and so watermarks) only increase.
      const ids = client.received.map((a) => a.id!);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(ids);

      const polled = client.requests.some((r) => /^GET \/v3\/directline\/conversations\/[^/]+\/activities$/.test(r));
      expect(polled).toBe(!webSocket);
    } finally {
      client.end();
    }
  });
});

describe('reconnecting and bot-initiated messages', () => {
  it('a reconnect with the watermark gets only what it missed; a handoff.status from the hub reaches the person', async () => {
    const chat = await newChat();
    const first = connect({ domain: `${app.url}/v3/directline`, token: chat.token, webSocket: true });
    await first.waitFor(fromBot('are you safe right now?'));
    await answer(first, chat.userId, "I'm safe", 'c1');
    await first.waitFor(fromBot('In your own words'));
    const watermark = first.directLine['watermark' as keyof typeof first.directLine] as unknown as string;
    first.end();

    const again = connect({ domain: `${app.url}/v3/directline`, token: chat.token, webSocket: true, conversationId: chat.conversationId, watermark });
    try {
      await answer(again, chat.userId, 'talk to a person', 'c2');
      await again.waitFor(fromBot('Is it right?'));
      expect(again.requests[0]).toBe(`GET /v3/directline/conversations/${chat.conversationId}`);
      expect(again.received.some(fromBot('are you safe right now?'))).toBe(false);

      for (const [text, id] of [["That's right", 'c3'], ['Share it with the National Stalking Helpline team', 'c4'], ['Any time, here in this chat', 'c5']] as const) {
        await answer(again, chat.userId, text, id);
      }
      await again.waitFor(fromBot('also read this conversation'));
      await answer(again, chat.userId, 'No, just the summary', 'c6');
      await again.waitFor(fromBot('Your reference is'));
      // The handoff.initiate event is for the agent hub, not the person's browser.
      expect(again.received.some((a) => a.type === 'event')).toBe(false);

      const [handoff] = await app.app.handoffs.list();
      expect(handoff).toBeDefined();
      const hub = await postJson(
        app.url,
        activity({ channelId: 'agenthub', conversation: { id: 'hub-1' }, type: 'event', name: 'handoff.status', text: undefined, value: { state: 'accepted', handoffId: handoff!.id } }),
      );
      expect(hub.status).toBe(200);
      const told = await again.waitFor(fromBot('from the National Stalking Helpline team has picked up your summary'));
      expect(told.from.role).toBe('bot');
    } finally {
      again.end();
    }
  });
});
