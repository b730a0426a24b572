/**
 * A web chat survives a restart on SQLite: the app (STORAGE=sqlite) is closed and built again on
 * the same file, and the person's page picks up where it was - the earlier activities after the
 * watermark, the welcome not repeated, and new activities numbered after the old ones. And the
 * start-up retention purges a web chat untouched for RETENTION_DAYS from the file; "delete" and quick
 * exit take the chat out of it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqlDirectLineStore } from '../../src/directline';
import type { DirectLineDatabase } from '../../src/directline/sql.directline.store';
import { startApp, type RunningApp } from '../support/http';

const SECRET = 'test-secret-for-web-chat-tokens-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'helpline-webchat-restart-'));
const env = { STORAGE: 'sqlite', SQLITE_PATH: join(dir, 'triage.sqlite'), WEBCHAT_TOKEN_SECRET: SECRET };
let running: RunningApp | undefined;

afterAll(async () => {
  await running?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Page {
  activities: { id: string; text?: string; from: { role: string } }[];
  watermark: string;
}

const seqOf = (id: string) => Number(id.split('|')[1]);
const DAY = 24 * 60 * 60 * 1000;

function dl(app: RunningApp, path: string, token: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${app.url}/v3/directline${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
}

async function page(app: RunningApp, conversationId: string, token: string, watermark: string): Promise<Page> {
  const res = await dl(app, `/conversations/${conversationId}/activities?watermark=${watermark}`, token);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}

describe('web chat on SQLite across a restart', () => {
  it('keeps the conversation: GET with the watermark returns the earlier activities, and numbering continues', async () => {
    running = await startApp(env);
    expect(running.app.webchat.store).toBeInstanceOf(SqlDirectLineStore);
    const tokenRes = await fetch(`${running.url}/api/webchat/token`, { method: 'POST', headers: { origin: running.url } });
    expect(tokenRes.status).toBe(200);
    const chat = (await tokenRes.json()) as { conversationId: string; token: string };
    expect((await dl(running, '/conversations', chat.token, { method: 'POST' })).status).toBe(201);
    const said = await dl(running, `/conversations/${chat.conversationId}/activities`, chat.token, {
      method: 'POST',
      body: JSON.stringify({ type: 'message', text: "I'm safe" }),
    });
    expect(said.status).toBe(200);
    const before = await page(running, chat.conversationId, chat.token, '0');
    expect(before.activities.some((a) => a.from.role === 'user' && a.text === "I'm safe")).toBe(true);
    expect(before.activities.some((a) => a.from.role === 'bot')).toBe(true);
    const seen = before.watermark;
    expect(Number(seen)).toBe(before.activities.length);

    await running.close();
    running = await startApp(env);

    // The page reconnects with what it had: nothing new after its watermark, everything from 0.
    expect(await page(running, chat.conversationId, chat.token, seen)).toEqual({ activities: [], watermark: seen });
    const after = await page(running, chat.conversationId, chat.token, '0');
    expect(after.activities).toEqual(before.activities);
    // Starting again (a reconnect) does not repeat the welcome.
    await dl(running, '/conversations', chat.token, { method: 'POST' });
    expect((await page(running, chat.conversationId, chat.token, seen)).activities).toEqual([]);

    const more = await dl(running, `/conversations/${chat.conversationId}/activities`, chat.token, {
      method: 'POST',
      body: JSON.stringify({ type: 'message', text: 'My ex keeps messaging me' }),
    });
    expect(more.status).toBe(200);
    const { id } = (await more.json()) as { id: string };
    expect(seqOf(id)).toBe(Number(seen) + 1);
    const next = await page(running, chat.conversationId, chat.token, seen);
    expect(next.activities[0]).toMatchObject({ id, text: 'My ex keeps messaging me', from: { role: 'user' } });
    expect(next.activities.map((a) => seqOf(a.id))).toEqual(next.activities.map((_, i) => Number(seen) + 1 + i));
    expect(next.activities.some((a) => a.from.role === 'bot')).toBe(true);
    expect(Number(next.watermark)).toBe(Number(seen) + next.activities.length);
  });

  it('is purged by the start-up retention once untouched for RETENTION_DAYS', async () => {
    await running?.close();
    const t0 = Date.now();
    const retentionEnv = { ...env, SQLITE_PATH: join(dir, 'retention.sqlite') };
    running = await startApp(retentionEnv, { now: () => new Date(t0) });
    const tokenRes = await fetch(`${running.url}/api/webchat/token`, { method: 'POST', headers: { origin: running.url } });
    const chat = (await tokenRes.json()) as { conversationId: string; token: string };
    expect((await dl(running, '/conversations', chat.token, { method: 'POST' })).status).toBe(201);
    await running.close();

    running = await startApp(retentionEnv, { now: () => new Date(t0 + 29 * DAY) });
    expect(await running.app.webchat.store.getConversation(chat.conversationId)).toBeDefined();
    await running.close();

    running = await startApp(retentionEnv, { now: () => new Date(t0 + 31 * DAY) });
    expect(await running.app.webchat.store.getConversation(chat.conversationId)).toBeUndefined();
    expect(await running.app.webchat.store.activitiesAfter(chat.conversationId, 0, 10)).toBeUndefined();
  });

  it('"delete" typed in the chat and quick exit leave none of the chat in the file', async () => {
    await running?.close();
    running = await startApp({ ...env, SQLITE_PATH: join(dir, 'exit.sqlite') });
    const app = running;
    const db = app.app.storage.database!.withTables<DirectLineDatabase>();
    const rows = async (id: string) => (await db.selectFrom('directline_activities').select('seq').where('conversation_id', '=', id).execute()).length;
    const newChat = async () => {
      const res = await fetch(`${app.url}/api/webchat/token`, { method: 'POST', headers: { origin: app.url } });
      const chat = (await res.json()) as { conversationId: string; token: string };
      expect((await dl(app, '/conversations', chat.token, { method: 'POST' })).status).toBe(201);
      return chat;
    };
    const say = (chat: { conversationId: string; token: string }, text: string) =>
      dl(app, `/conversations/${chat.conversationId}/activities`, chat.token, { method: 'POST', body: JSON.stringify({ type: 'message', text }) });

    const deleting = await newChat();
    expect((await say(deleting, 'My neighbour follows me to work')).status).toBe(200);
    const seen = Number((await page(app, deleting.conversationId, deleting.token, '0')).watermark);
    expect((await say(deleting, 'delete')).status).toBe(200);
    const left = await page(app, deleting.conversationId, deleting.token, '0');
    expect(left.activities.length).toBeGreaterThan(0);
    expect(left.activities.every((a) => a.from.role === 'bot')).toBe(true);
    expect(left.activities.every((a) => seqOf(a.id) > seen)).toBe(true);
    expect(await rows(deleting.conversationId)).toBe(left.activities.length);

    const exiting = await newChat();
    expect((await say(exiting, 'My neighbour follows me to work')).status).toBe(200);
    expect(await rows(exiting.conversationId)).toBeGreaterThan(0);
    expect((await dl(app, `/conversations/${exiting.conversationId}`, exiting.token, { method: 'DELETE' })).status).toBe(204);
    expect(await rows(exiting.conversationId)).toBe(0);
    expect(await db.selectFrom('directline_conversations').select('id').where('id', '=', exiting.conversationId).executeTakeFirst()).toBeUndefined();
  });
});
