/**
 * The Direct Line endpoint and the token route over HTTP: who may start a chat (origins), tokens
 * bound to one conversation (401/403/404), what a client may post, refresh, rate limits (429 with
 * Retry-After), the WebSocket's own checks, and quick exit's DELETE taking everything with it.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { rawPost, startApp, type RunningApp } from '../support/http';
import { MAX_EVENT_CHARS } from '../../src/directline/incoming.activity';

const SECRET = 'test-secret-for-web-chat-tokens-0123456789';
let app: RunningApp;
const ALLOWED = 'https://charity.example';

beforeAll(async () => {
  // Every test here comes from 127.0.0.1: a per-client burst the whole file fits in (limits are tested on their own app below).
  app = await startApp({ WEBCHAT_TOKEN_SECRET: SECRET, WEBCHAT_ALLOWED_ORIGINS: ALLOWED, RATE_LIMIT_NEW_CHAT_BURST: '100', RATE_LIMIT_CLIENT_BURST: '1000' });
});
afterAll(async () => app?.close());

interface Chat {
  conversationId: string;
  userId: string;
  token: string;
  expires_in: number;
}

async function newChat(base = app): Promise<Chat> {
  const res = await fetch(`${base.url}/api/webchat/token`, { method: 'POST', headers: { origin: base.url } });
  expect(res.status).toBe(200);
  return (await res.json()) as Chat;
}

const dl = (path: string, token: string | undefined, init: RequestInit = {}) =>
  fetch(`${app.url}/v3/directline${path}`, {
    ...init,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers as Record<string, string>) },
  });

const send = (chat: Chat, body: unknown) => dl(`/conversations/${chat.conversationId}/activities`, chat.token, { method: 'POST', body: JSON.stringify(body) });

describe('POST /api/webchat/token', () => {
  it('gives the bot own origin a token for a new conversation with an unguessable id', async () => {
    const [a, b] = [await newChat(), await newChat()];
    expect(a.conversationId).toMatch(/^wc-[A-Za-z0-9_-]{24}$/);
    expect(a.conversationId).not.toBe(b.conversationId);
    expect(a.userId).not.toBe(b.userId);
    expect(a.expires_in).toBe(1800);
  });

  it('refuses a page from another site, a request with no origin, and a DNS-rebound host in local mode', async () => {
    const cases: Record<string, string>[] = [{}, { origin: 'https://evil.example' }, { origin: 'http://127.0.0.1:1' }];
    for (const headers of cases) {
      const res = await fetch(`${app.url}/api/webchat/token`, { method: 'POST', headers });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'This site may not start a chat here.' });
    }
    const rebound = await rawPost(app.port, '/api/webchat/token', { host: `evil.example:${app.port}`, origin: `http://evil.example:${app.port}` }, '');
    expect(rebound.status).toBe(403);
  });

  it('lets an allowed site start a chat, with CORS headers for it only', async () => {
    const preflight = await fetch(`${app.url}/api/webchat/token`, { method: 'OPTIONS', headers: { origin: ALLOWED, 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const res = await fetch(`${app.url}/api/webchat/token`, { method: 'POST', headers: { origin: ALLOWED } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const other = await fetch(`${app.url}/api/webchat/token`, { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('tokens', () => {
  it('401 without a token, 403 for a forged, expired or stream token, 403 for another conversation', async () => {
    const [mine, theirs] = [await newChat(), await newChat()];
    expect((await dl(`/conversations/${mine.conversationId}/activities`, undefined)).status).toBe(401);
    expect((await dl(`/conversations/${mine.conversationId}/activities`, 'not-a-token')).status).toBe(403);
    const key = new TextEncoder().encode(SECRET);
    const expired = await new SignJWT({ conv: mine.conversationId, user: mine.userId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('helpline-triage-bot')
      .setAudience('directline')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 4000)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 100)
      .sign(key);
    expect((await dl(`/conversations/${mine.conversationId}/activities`, expired)).status).toBe(403);
    const forged = await new SignJWT({ conv: mine.conversationId, user: mine.userId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('helpline-triage-bot')
      .setAudience('directline')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    expect((await dl(`/conversations/${mine.conversationId}/activities`, forged)).status).toBe(403);

    // A token can't read, write, reconnect to or delete another conversation.
    const foreign = `/conversations/${theirs.conversationId}`;
    expect((await dl(`${foreign}/activities`, mine.token)).status).toBe(403);
    expect((await dl(`${foreign}/activities`, mine.token, { method: 'POST', body: JSON.stringify({ type: 'message', text: 'hi' }) })).status).toBe(403);
    expect((await dl(foreign, mine.token)).status).toBe(403);
    expect((await dl(foreign, mine.token, { method: 'DELETE' })).status).toBe(403);
    expect(await app.app.webchat.store.getConversation(theirs.conversationId)).toBeDefined();

    // The stream credential is not a conversation token.
    const started = (await (await dl('/conversations', mine.token, { method: 'POST' })).json()) as { streamUrl: string };
    const streamToken = new URL(started.streamUrl).searchParams.get('t')!;
    expect((await dl(`/conversations/${mine.conversationId}/activities`, streamToken)).status).toBe(403);
  });

  it('refresh gives a new token for the same conversation; the old one works until it expires', async () => {
    const chat = await newChat();
    const res = await dl('/tokens/refresh', chat.token, { method: 'POST' });
    expect(res.status).toBe(200);
    const refreshed = (await res.json()) as Chat;
    expect(refreshed.conversationId).toBe(chat.conversationId);
    expect(refreshed.expires_in).toBe(1800);
    for (const token of [refreshed.token, chat.token]) {
      expect((await dl(`/conversations/${chat.conversationId}/activities`, token)).status).toBe(200);
    }
  });

  it('refreshing never carries a conversation past a day from its first token: a leaked token cannot read it for ever', async () => {
    let clock = new Date('2026-12-01T09:00:00Z');
    const timed = await startApp({ WEBCHAT_TOKEN_SECRET: SECRET, RATE_LIMIT_CLIENT_BURST: '1000' }, { now: () => clock });
    const at = (path: string, token: string, init: RequestInit = {}) => fetch(`${timed.url}/v3/directline${path}`, { ...init, headers: { authorization: `Bearer ${token}` } });
    try {
      const chat = await newChat(timed);
      let token = chat.token;
      // Refreshed every 29 minutes, as a page left open does, for 23 h 41 min.
      for (let i = 0; i < 49; i++) {
        clock = new Date(clock.getTime() + 29 * 60_000);
        const res = await at('/tokens/refresh', token, { method: 'POST' });
        expect(res.status, `refresh ${i}`).toBe(200);
        const body = (await res.json()) as Chat & { since?: unknown };
        expect(body.since).toBeUndefined();
        token = body.token;
        if (i === 48) expect(body.expires_in).toBe(19 * 60);
      }
      expect((await at(`/conversations/${chat.conversationId}/activities`, token)).status).toBe(200);
      clock = new Date(clock.getTime() + 19 * 60_000);
      expect((await at('/tokens/refresh', token, { method: 'POST' })).status).toBe(403);
      expect((await at(`/conversations/${chat.conversationId}/activities`, token)).status).toBe(403);
      // A new chat starts as ever.
      const fresh = await newChat(timed);
      expect((await at(`/conversations/${fresh.conversationId}/activities`, fresh.token)).status).toBe(200);
    } finally {
      await timed.close();
    }
  });
});

describe('activities', () => {
  it('POST /conversations answers 201 with a streamUrl; GET returns everything after the watermark', async () => {
    const chat = await newChat();
    const started = await dl('/conversations', chat.token, { method: 'POST' });
    expect(started.status).toBe(201);
    const body = (await started.json()) as { conversationId: string; streamUrl: string; token: string };
    expect(body.conversationId).toBe(chat.conversationId);
    expect(body.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:${app.port}/v3/directline/conversations/${chat.conversationId}/stream\\?watermark=0&t=`));
    const page = (await (await dl(`/conversations/${chat.conversationId}/activities?watermark=0`, chat.token)).json()) as { activities: { text?: string }[]; watermark: string };
    expect(page.activities.length).toBeGreaterThan(0);
    const after = (await (await dl(`/conversations/${chat.conversationId}/activities?watermark=${page.watermark}`, chat.token)).json()) as { activities: unknown[]; watermark: string };
    expect(after).toEqual({ activities: [], watermark: page.watermark });
    // Starting again does not repeat the welcome.
    await dl('/conversations', chat.token, { method: 'POST' });
    const again = (await (await dl(`/conversations/${chat.conversationId}/activities?watermark=${page.watermark}`, chat.token)).json()) as { activities: unknown[] };
    expect(again.activities).toEqual([]);
  });

  it('the server decides who sent an activity: a client cannot pose as the bot', async () => {
    const chat = await newChat();
    const res = await send(chat, { type: 'message', text: "I'm safe", from: { id: 'helpline-triage-bot', role: 'bot' }, importance: 'high' });
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };
    const page = (await (await dl(`/conversations/${chat.conversationId}/activities`, chat.token)).json()) as { activities: { id: string; from: unknown; importance?: string }[] };
    const echo = page.activities.find((a) => a.id === id);
    expect(echo?.from).toEqual({ id: chat.userId, role: 'user' });
    expect(echo?.importance).toBeUndefined();
  });

  it('"delete" typed in the chat also empties the server copy of the chat; the reply still arrives', async () => {
    const chat = await newChat();
    await dl('/conversations', chat.token, { method: 'POST' });
    expect((await send(chat, { type: 'message', text: "I'm safe" })).status).toBe(200);
    expect((await send(chat, { type: 'message', text: 'My ex keeps following me home' })).status).toBe(200);
    expect((await send(chat, { type: 'message', text: 'delete' })).status).toBe(200);
    const page = (await (await dl(`/conversations/${chat.conversationId}/activities?watermark=0`, chat.token)).json()) as { activities: { text?: string; from: { role: string } }[] };
    expect(page.activities.length).toBeGreaterThan(0);
    expect(page.activities.every((a) => a.from.role === 'bot')).toBe(true);
    expect(page.activities.map((a) => a.text).join(' ')).not.toContain('following me home');
    expect(page.activities.map((a) => a.text).join(' ')).toContain("I've deleted what you told me");
  });

  it('refuses attachments, other activity types and non-JSON bodies with a plain message', async () => {
    const chat = await newChat();
    const attachment = await send(chat, { type: 'message', text: 'x', attachments: [{ contentType: 'image/png', contentUrl: 'http://x/' }] });
    expect(attachment.status).toBe(400);
    expect(await attachment.json()).toEqual({ error: 'The activity is not valid (attachments).' });
    expect((await send(chat, { type: 'typing' })).status).toBe(400);
    const text = await dl(`/conversations/${chat.conversationId}/activities`, chat.token, { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
  });

  it('an event the bot never reads may carry only a small value: 64 KB events no longer fill the log (400, nothing stored)', async () => {
    const chat = await newChat();
    const before = (await (await dl(`/conversations/${chat.conversationId}/activities`, chat.token)).json()) as { activities: unknown[] };
    const big = await send(chat, { type: 'event', name: 'x', value: 'A'.repeat(60_000) });
    expect(big.status).toBe(400);
    expect(await big.json()).toEqual({ error: 'The activity is not valid (value).' });
    expect((await send(chat, { type: 'event', name: 'x', text: 'B'.repeat(MAX_EVENT_CHARS + 1) })).status).toBe(400);
    expect((await send(chat, { type: 'event', name: 'webchat/join', value: { language: 'en-GB' } })).status).toBe(200);
    const after = (await (await dl(`/conversations/${chat.conversationId}/activities`, chat.token)).json()) as { activities: { type: string; value?: unknown }[] };
    expect(after.activities.length).toBe(before.activities.length + 1);
    expect(JSON.stringify(after.activities)).not.toContain('AAAA');
  });

  it('text no keyboard means (NUL, half an emoji) is stored and echoed as U+FFFD, so the log stays valid JSON for any reader', async () => {
    const chat = await newChat();
    await dl('/conversations', chat.token, { method: 'POST' });
    const res = await send(chat, { type: 'message', text: 'my ex\u0000 keeps \ud83d texting' });
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };
    const raw = await (await dl(`/conversations/${chat.conversationId}/activities`, chat.token)).text();
    expect(raw).not.toMatch(/\\u0000|\\ud83d(?!\\ud[c-f])/i);
    const page = JSON.parse(raw) as { activities: { id: string; text?: string; from: { role: string } }[] };
    expect(page.activities.find((a) => a.id === id)?.text).toBe('my ex\ufffd keeps \ufffd texting');
    // The bot answered it as a message (not the fail-safe of a turn that failed).
    expect(page.activities.filter((a) => a.from.role === 'bot').length).toBeGreaterThan(1);
  });
});

describe('sharing summaries', () => {
  /** Every question skipped, then the summary shared with the helpline: the answers a scripted attacker sent. */
  const SHARE = [
    { q: 'safety', c: 'safe' }, { q: 'story', c: 'skip' }, { q: 'who', c: 'skip' }, { q: 'what', c: 'skip' }, { q: 'since', c: 'skip' },
    { q: 'howOften', c: 'skip' }, { q: 'riskConsent', c: 'skip' }, { q: 'evidence', c: 'skip' }, { q: 'police', c: 'skip' },
    { q: 'moreTopics', c: 'moveOn' }, { q: 'options', c: 'helpline' }, { q: 'summaryReview', c: 'looksRight' }, { q: 'consent', c: 'share' },
    { q: 'contactSafe', c: 'skip' }, { q: 'shareTranscript', c: 'no' },
  ];

  async function shareOnce(base: RunningApp, forwardedFor: string): Promise<string> {
    const res = await fetch(`${base.url}/api/webchat/token`, { method: 'POST', headers: { origin: base.url, 'x-forwarded-for': forwardedFor } });
    const chat = (await res.json()) as Chat;
    const post = (path: string, body?: unknown) =>
      fetch(`${base.url}/v3/directline${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${chat.token}`, 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    await post('/conversations');
    for (const value of SHARE) expect((await post(`/conversations/${chat.conversationId}/activities`, { type: 'message', value })).status).toBe(200);
    const page = (await (await fetch(`${base.url}/v3/directline/conversations/${chat.conversationId}/activities`, { headers: { authorization: `Bearer ${chat.token}` } })).json()) as { activities: { text?: string; from: { role: string } }[] };
    return page.activities.filter((a) => a.from.role === 'bot').map((a) => a.text ?? '').join('\n');
  }

  it('one client shares at most RATE_LIMIT_SHARES_PER_HOUR summaries; the next is not stored and the person is given the numbers; other clients share', async () => {
    const limited = await startApp({ WEBCHAT_TOKEN_SECRET: SECRET, RATE_LIMIT_CLIENT_BURST: '1000', RATE_LIMIT_NEW_CHAT_BURST: '100', RATE_LIMIT_SHARES_PER_HOUR: '2', TRUSTED_PROXIES: '127.0.0.1,::1' });
    try {
      for (let i = 0; i < 2; i++) expect(await shareOnce(limited, '198.51.100.7')).not.toContain("can't pass on your summary");
      expect(await limited.app.storage.handoffs.count()).toBe(2);
      const refused = await shareOnce(limited, '198.51.100.7');
      expect(refused).toContain("I can't pass on your summary from here just now");
      expect(refused).toContain('0808 802 0300');
      expect(refused).not.toContain('something went wrong');
      expect(await limited.app.storage.handoffs.count()).toBe(2);
      // Someone else behind the same proxy is not affected.
      expect(await shareOnce(limited, '198.51.100.8')).not.toContain("can't pass on your summary");
      expect(await limited.app.storage.handoffs.count()).toBe(3);
    } finally {
      await limited.close();
    }
  }, 60_000);
});

describe('the WebSocket stream', () => {
  async function opening(url: string, headers: Record<string, string> = {}): Promise<{ status: number } | { frame: string }> {
    return new Promise((resolve) => {
      const ws = new WebSocket(url, { headers });
      ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
      ws.on('message', (data) => {
        const frame = String(data);
        if (!frame) return;
        ws.close();
        resolve({ frame });
      });
      ws.on('error', () => undefined);
    });
  }

  it('opens with its own credential and sends {activities, watermark}; refuses a bad credential or a foreign page', async () => {
    const chat = await newChat();
    const { streamUrl } = (await (await dl('/conversations', chat.token, { method: 'POST' })).json()) as { streamUrl: string };
    const opened = await opening(streamUrl, { origin: app.url });
    expect('frame' in opened && JSON.parse(opened.frame)).toMatchObject({ watermark: expect.any(String), activities: expect.any(Array) });

    const url = new URL(streamUrl);
    url.searchParams.set('t', chat.token);
    expect(await opening(url.href)).toEqual({ status: 403 });
    expect(await opening(streamUrl, { origin: 'https://evil.example' })).toEqual({ status: 403 });
    const other = await newChat();
    expect(await opening(streamUrl.replace(chat.conversationId, other.conversationId))).toEqual({ status: 403 });
  });
});

describe('open streams', () => {
  it('at most 5 streams per conversation are open at once; the next is refused with 429', async () => {
    const chat = await newChat();
    const { streamUrl } = (await (await dl('/conversations', chat.token, { method: 'POST' })).json()) as { streamUrl: string };
    const sockets = await Promise.all(
      Array.from({ length: 5 }, () => new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(streamUrl);
        ws.once('open', () => resolve(ws));
        ws.once('error', reject);
      })),
    );
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(streamUrl);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(429);
    for (const ws of sockets) ws.close();
  });
});

describe('the chat page headers', () => {
  it('no opener handle on the page; HSTS only where the public address is https', async () => {
    const page = await fetch(`${app.url}/chat`);
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('strict-transport-security')).toBeNull();
    const secure = await startApp({ WEBCHAT_TOKEN_SECRET: SECRET, PUBLIC_URL: `https://127.0.0.1:${app.port}` });
    try {
      expect((await fetch(`${secure.url}/chat`)).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await secure.close();
    }
  });
});

describe('open streams per client, their age, and stream URLs that do not decode', () => {
  const open = (url: string) =>
    new Promise<{ ws?: WebSocket; status: number }>((resolve) => {
      const ws = new WebSocket(url);
      ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
      ws.once('open', () => resolve({ ws, status: 101 }));
      ws.on('error', () => undefined);
    });

  it('at most 20 streams from one client address are open at once, whatever the conversations; the next gets 429', async () => {
    const sockets: WebSocket[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const chat = await newChat();
        const { streamUrl } = (await (await dl('/conversations', chat.token, { method: 'POST' })).json()) as { streamUrl: string };
        for (let j = 0; j < 4; j++) {
          const opened = await open(streamUrl);
          expect(opened.status).toBe(101);
          sockets.push(opened.ws!);
        }
      }
      const chat = await newChat();
      const { streamUrl } = (await (await dl('/conversations', chat.token, { method: 'POST' })).json()) as { streamUrl: string };
      expect((await open(streamUrl)).status).toBe(429);
      sockets.pop()!.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = await open(streamUrl);
      expect(again.status).toBe(101);
      sockets.push(again.ws!);
    } finally {
      for (const ws of sockets) ws.close();
    }
  });

  it('a stream closes (1001) once it is as old as WEBCHAT_STREAM_MAX_SECONDS; the chat reconnects for a new one', async () => {
    const own = await startApp({ WEBCHAT_TOKEN_SECRET: SECRET, WEBCHAT_STREAM_MAX_SECONDS: '1' });
    try {
      const chat = await newChat(own);
      const started = await fetch(`${own.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${chat.token}` } });
      const { streamUrl } = (await started.json()) as { streamUrl: string };
      const opened = await open(streamUrl);
      const code = await new Promise<number>((resolve) => opened.ws!.once('close', (c) => resolve(c)));
      expect(code).toBe(1001);
      const reconnect = await fetch(`${own.url}/v3/directline/conversations/${chat.conversationId}`, { headers: { authorization: `Bearer ${chat.token}` } });
      expect(reconnect.status).toBe(200);
      const fresh = (await reconnect.json()) as { streamUrl: string };
      const reopened = await open(fresh.streamUrl);
      expect(reopened.status).toBe(101);
      reopened.ws!.close();
    } finally {
      await own.close();
    }
  });

  it('a stream URL that is not valid percent-encoding gets 404, not a dropped socket', async () => {
    expect((await open(`ws://127.0.0.1:${app.port}/v3/directline/conversations/%E0%A4%A/stream?t=x`)).status).toBe(404);
  });
});

describe('quick exit: DELETE /v3/directline/conversations/{id}', () => {
  it('deletes the log and, through "delete my data", the bot state, transcript and an unclaimed shared summary', async () => {
    const chat = await newChat();
    await dl('/conversations', chat.token, { method: 'POST' });
    for (const text of ["I'm safe", 'talk to a person', "That's right", 'Share it with the National Stalking Helpline team', 'Email only', 'skip', 'No, just the summary']) {
      expect((await send(chat, { type: 'message', text })).status).toBe(200);
    }
    const key = `conversation/webchat/${chat.conversationId}`;
    const handoffs = (await app.app.handoffs.list()).filter((h) => h.conversationKey === key);
    expect(handoffs).toHaveLength(1);
    expect(Object.keys(await app.app.store.read([key]))).toEqual([key]);
    expect((await app.app.store.readTranscript(key)).length).toBeGreaterThan(0);

    const res = await dl(`/conversations/${chat.conversationId}`, chat.token, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await app.app.webchat.store.getConversation(chat.conversationId)).toBeUndefined();
    expect(await app.app.store.read([key])).toEqual({});
    expect(await app.app.store.readTranscript(key)).toEqual([]);
    expect(await app.app.handoffs.get(handoffs[0]!.id)).toBeUndefined();
    expect((await dl(`/conversations/${chat.conversationId}/activities`, chat.token)).status).toBe(404);
    expect((await send(chat, { type: 'message', text: 'hello?' })).status).toBe(404);
  });
});

describe('rate limits', () => {
  it('new chats per client and messages per conversation: 429 with Retry-After', async () => {
    const limited = await startApp({ RATE_LIMIT_NEW_CHAT_BURST: '2', RATE_LIMIT_NEW_CHAT_PER_MINUTE: '1', RATE_LIMIT_CONVERSATION_BURST: '2', RATE_LIMIT_CONVERSATION_PER_SECOND: '0.01' });
    try {
      const chat = await newChat(limited);
      await newChat(limited);
      const third = await fetch(`${limited.url}/api/webchat/token`, { method: 'POST', headers: { origin: limited.url } });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

      const post = () =>
        fetch(`${limited.url}/v3/directline/conversations/${chat.conversationId}/activities`, {
          method: 'POST',
          headers: { authorization: `Bearer ${chat.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', text: 'skip' }),
        });
      expect((await post()).status).toBe(200);
      expect((await post()).status).toBe(200);
      const refused = await post();
      expect(refused.status).toBe(429);
      expect(await refused.json()).toEqual({ error: 'Too many requests: please wait a moment and try again.' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.close();
    }
  });
});
