/**
 * End to end over HTTP: the real app on a free port, Bot Framework activities with
 * deliveryMode "expectReplies", answering only with the options the bot offers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { botClient } from '../../src/cli/bot.client';
import { createLogger } from '../../src/logger';
import { guidanceText } from '../support/bot';

interface Reply {
  type: string;
  name?: string;
  text?: string;
  importance?: string;
  value?: { route?: string; handoffId?: string; summary?: { lines: { id: string }[] } };
  attachments?: { contentType: string; content: { body?: { type: string; id?: string; choices?: { value: string }[] }[] } }[];
  suggestedActions?: { actions: { title: string; value: { q: string; c: string } }[] };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'triage-http-'));
const sqlitePath = path.join(tmp, 'state.sqlite');

function config() {
  return loadConfig({ NODE_ENV: 'test', STORAGE: 'sqlite', SQLITE_PATH: sqlitePath, LOG_LEVEL: 'silent' });
}

async function start(): Promise<{ app: App; url: string }> {
  const app = buildApp(config(), { logger: createLogger('silent') });
  const address = await app.listen(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${address.port}` };
}

let server: { app: App; url: string };
beforeAll(async () => {
  server = await start();
});
afterAll(async () => {
  await server.app.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function post(url: string, conversation: string, activity: Record<string, unknown>): Promise<Reply[]> {
  const response = await botClient({ baseUrl: url, conversationId: conversation }).post(activity);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { activities: Reply[] };
  return body.activities;
}

/** Picks an offered option: the preferred one when offered, else the first. */
const PREFER: Record<string, string> = {
  safety: 'safe',
  story: 'skip',
  riskConsent: 'yes',
  moreTopics: 'moveOn',
  summaryReview: 'looksRight',
  consent: 'share',
  contactSafe: 'skip',
  carryOn: 'yes',
};

function nextAnswer(replies: Reply[]): Record<string, unknown> | undefined {
  type CardAction = { title: string; data?: { q?: string; c?: string } };
  const cardOf = (r: Reply) => r.attachments?.[0]?.content as unknown as { body?: { type: string; choices?: { value: string }[] }[]; actions?: CardAction[] } | undefined;
  const last = [...replies].reverse().find((r) => r.suggestedActions || cardOf(r)?.actions?.some((a) => a.data?.q !== undefined));
  if (!last) return undefined;
  const pickFrom = (options: { title: string; value: { q: string; c: string } }[]) => {
    const q = options[0]!.value.q;
    const preferred = q.startsWith('risk.') ? 'no' : PREFER[q];
    const pick = options.find((a) => a.value.c === preferred) ?? options.find((a) => a.value.c !== 'notSafe') ?? options[0]!;
    return { type: 'message', text: pick.title, value: pick.value };
  };
  if (last.suggestedActions) return pickFrom(last.suggestedActions.actions.filter((a) => a.value.q !== undefined));
  const card = cardOf(last)!;
  const set = card.body?.find((b) => b.type === 'Input.ChoiceSet');
  // A long list of choices: one button per choice (Web Chat shows at most six suggested actions).
  if (!set) return pickFrom(card.actions!.filter((a) => a.data?.c !== undefined).map((a) => ({ title: a.title, value: a.data as { q: string; c: string } })));
  const q = card.actions!.find((a) => a.data?.q !== undefined)!.data!.q!;
  return { type: 'message', value: { q, choices: set.choices!.slice(0, 2).map((c) => c.value).join(',') } };
}

describe('HTTP: POST /api/messages with expectReplies', () => {
  it('GET /healthz is 200 once ready', async () => {
    await server.app.ready;
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('completes a conversation choosing only offered options, ending with a summary and a handoff', async () => {
    const conversation = 'http-full';
    let replies = await post(server.url, conversation, { type: 'conversationUpdate', membersAdded: [{ id: 'person-1' }] });
    const all: Reply[] = [...replies];
    for (let turn = 0; turn < 60; turn++) {
      const answer = nextAnswer(replies);
      expect(answer, `turn ${turn}: the bot offered options`).toBeDefined();
      replies = await post(server.url, conversation, answer!);
      all.push(...replies);
      if (replies.some((r) => r.type === 'event' && r.name === 'handoff.initiate')) break;
    }
    // The summary card: one container per line, the label above its value.
    expect(all.some((r) => r.attachments?.some((a) => a.content.body?.some((b) => b.type === 'Container')))).toBe(true);
    const handoff = all.find((r) => r.type === 'event' && r.name === 'handoff.initiate');
    expect(handoff?.value?.summary?.lines.map((l) => l.id)).toEqual(expect.arrayContaining(['relationship', 'behaviours']));
    expect(all.filter((r) => r.importance === 'high')).toEqual([]);
    // Looked up by its id: other tests in this file store handoffs too, in any order.
    const stored = await server.app.handoffs.get(String(handoff?.value?.handoffId));
    expect(stored?.status).toBe('new');
    expect(stored?.transcript.length).toBeGreaterThan(10);
  });

  it('a told story, an edited summary and "share": handoff.initiate carries ISO dates and behaviours, and is stored', async () => {
    const c = 'http-share-edited';
    const send = (activity: Record<string, unknown>) => post(server.url, c, activity);
    const choose = (q: string, choice: string) => send({ type: 'message', value: { q, c: choice } });
    await send({ type: 'conversationUpdate', membersAdded: [{ id: 'person-1' }] });
    await choose('safety', 'safe');
    await send({ type: 'message', text: 'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026' });
    for (const q of ['who', 'what', 'since', 'howOften']) await choose(q, 'yes');
    await choose('riskConsent', 'skip');
    await choose('evidence', 'some');
    await choose('police', 'notReported');
    await choose('moreTopics', 'moveOn');
    await choose('options', 'helpline');
    // Edit: remove the story line.
    await choose('summaryReview', 'change');
    await choose('summaryLine', 'story');
    await choose('lineAction', 'remove');
    await choose('summaryReview', 'looksRight');
    await choose('consent', 'share');
    await choose('contactSafe', 'skip');
    const replies = await choose('shareTranscript', 'no');
    const event = replies.find((r) => r.type === 'event' && r.name === 'handoff.initiate');
    const value = event?.value as unknown as { handoffId: string; route: string; summary: { lines: { id: string; answer?: { value: unknown } }[] } };
    // Turning up at work is a stalking risk sign: the recommended route is police and the helpline.
    expect(value.route).toBe('policeAndHelpline');
    const lines = Object.fromEntries(value.summary.lines.map((l) => [l.id, l]));
    expect(lines['story']).toBeUndefined();
    expect(lines['since']?.answer?.value).toMatchObject({ date: { iso: '2026-04-03' } });
    expect(lines['behaviours']?.answer?.value).toEqual(['messages', 'turningUp']);
    const stored = await server.app.handoffs.get(value.handoffId);
    expect(stored?.summary.lines.map((l) => l.id)).not.toContain('story');
  });

  it.each([['keep'], ['delete']])('"%s" over HTTP: no handoff event and no stored record', async (choice) => {
    const c = `http-${choice}`;
    const before = (await server.app.handoffs.list({ limit: 1000 })).length;
    const send = (activity: Record<string, unknown>) => post(server.url, c, activity);
    await send({ type: 'conversationUpdate', membersAdded: [{ id: 'person-1' }] });
    await send({ type: 'message', value: { q: 'safety', c: 'safe' } });
    await send({ type: 'message', text: 'talk to a person' });
    await send({ type: 'message', value: { q: 'summaryReview', c: 'looksRight' } });
    const replies = await send({ type: 'message', value: { q: 'consent', c: choice } });
    expect(replies.some((r) => r.type === 'event' && r.name === 'handoff.initiate')).toBe(false);
    expect((await server.app.handoffs.list({ limit: 1000 })).length).toBe(before);
  });

  it('resumes a conversation after the server restarts', async () => {
    const conversation = 'http-restart';
    await post(server.url, conversation, { type: 'conversationUpdate', membersAdded: [{ id: 'person-1' }] });
    await post(server.url, conversation, { type: 'message', value: { q: 'safety', c: 'safe' } });
    await post(server.url, conversation, { type: 'message', value: { q: 'story', c: 'skip' } });
    await server.app.close();
    server = await start();
    const replies = await post(server.url, conversation, { type: 'message', value: { q: 'who', c: 'neighbour' } });
    const card = replies.at(-1)?.attachments?.[0]?.content.body?.find((b) => b.type === 'Input.ChoiceSet');
    expect(card?.id).toBe('choices');
  });

  it('an emergency at several steps returns high importance guidance with 999 and 55 first', async () => {
    const conversation = 'http-emergency';
    await post(server.url, conversation, { type: 'conversationUpdate', membersAdded: [{ id: 'person-1' }] });
    for (const step of [undefined, { q: 'safety', c: 'safe' }, { q: 'story', c: 'skip' }]) {
      if (step) await post(server.url, conversation, { type: 'message', value: step });
      const replies = await post(server.url, conversation, { type: 'message', text: 'hes at my door rn' });
      expect(replies[0]?.importance).toBe('high');
      expect(replies[0]?.text).toContain('999');
      expect(guidanceText(replies)).toContain('55');
      await post(server.url, conversation, { type: 'message', value: { q: 'carryOn', c: 'yes' } });
    }
  });

  it('rejects a body that is not an activity with a clear 400', async () => {
    for (const body of ['not json', '{"hello":1}', '[]']) {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
    }
  });

  it('rejects an oversized body with 413', async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(400_000) }),
    });
    expect(response.status).toBe(413);
  });
});
