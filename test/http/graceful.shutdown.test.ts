/**
 * The real process (src/index.ts) on SIGTERM: it stops accepting connections, finishes the turn in
 * flight (its reply reaches the channel and the channel gets its 200), closes the stores and exits 0.
 * The turn is held in flight by a reply receiver (the channel's serviceUrl) that answers the bot's
 * first reply only when the test says so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../support/bot.process';

interface HeldReceiver {
  url: string;
  /** Resolves when the bot has POSTed its first reply (the turn is now waiting on us). */
  firstReply: Promise<Record<string, unknown>>;
  /** Answers the held reply with 200, so the turn can finish. */
  release(): void;
  replies: Record<string, unknown>[];
  close(): Promise<void>;
}

/** A channel's reply endpoint: holds the first reply, answers the others at once (200 {id}). */
async function heldReceiver(): Promise<HeldReceiver> {
  const replies: Record<string, unknown>[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reached!: (activity: Record<string, unknown>) => void;
  const firstReply = new Promise<Record<string, unknown>>((resolve) => (reached = resolve));
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const activity = JSON.parse(body) as Record<string, unknown>;
      replies.push(activity);
      const answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${replies.length}` }));
      };
      if (replies.length === 1) {
        reached(activity);
        void released.then(answer);
      } else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    firstReply,
    release,
    replies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'graceful-shutdown-'));
const bots: BotProcess[] = [];
afterAll(async () => {
  await Promise.all(bots.map((bot) => bot.kill('SIGKILL')));
  rmSync(dir, { recursive: true, force: true });
});

function message(serviceUrl: string, conversation: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    text: 'hello',
    channelId: 'webchat',
    serviceUrl,
    conversation: { id: conversation },
    from: { id: 'person' },
    recipient: { id: 'triage-bot' },
    id: `m-${Date.now()}`,
    locale: 'en-GB',
    ...extra,
  };
}

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('graceful shutdown of the real process', () => {
  it('on SIGTERM stops accepting, finishes the turn in flight, keeps its state and exits 0', async () => {
    const env = { STORAGE: 'sqlite', SQLITE_PATH: join(dir, 'bot.sqlite') };
    const receiver = await heldReceiver();
    try {
      const bot = await startBotProcess(env);
      bots.push(bot);
      const exited = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));

      // The first turn (welcome and the safety question), then a turn whose first reply the channel
      // holds: it is in flight until we release it.
      const opening = (await (await post(bot.url, message(receiver.url, 'shutdown-1', { deliveryMode: 'expectReplies' }))).json()) as Replies;
      expect(questions(opening)).toEqual(['safety']);
      const inFlight = post(bot.url, message(receiver.url, 'shutdown-1', { text: undefined, value: { q: 'safety', c: 'safe' } }));
      const first = await receiver.firstReply;
      expect(first.type).toBe('message');

      bot.child.kill('SIGTERM');
      await until(() => bot.logs().includes('"event":"shutdown"'));
      // No new connections once shutting down (the listening socket is closed).
      const refused = await fetch(`${bot.url}/healthz`).then(
        () => false,
        () => true,
      );
      expect(refused, 'a new connection after SIGTERM is refused').toBe(true);
      expect(bot.child.exitCode, 'still running while a turn is in flight').toBeNull();

      receiver.release();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await exited).toBe(0);
      expect(bot.logs()).not.toContain('turn.failed');

      // The finished turn was committed: a new process on the same file resumes the conversation at
      // the question that turn asked (not at the safety question again).
      const asked = questions(receiver.replies);
      expect(asked).toHaveLength(1);
      expect(asked).not.toEqual(['safety']);
      const again = await startBotProcess(env);
      bots.push(again);
      const resumed = (await (await post(again.url, message(receiver.url, 'shutdown-1', { text: 'hello again', deliveryMode: 'expectReplies' }))).json()) as Replies;
      expect(questions(resumed)).toEqual(asked);
      await again.kill('SIGTERM');
      expect(again.child.exitCode).toBe(0);
    } finally {
      receiver.release();
      await receiver.close();
    }
  }, 180_000);
});

interface Replies {
  activities: Record<string, unknown>[];
}

function questions(replies: Replies | Record<string, unknown>[]): unknown[] {
  const activities = Array.isArray(replies) ? replies : replies.activities;
  return activities.map((a) => (a.channelData as { question?: string } | undefined)?.question).filter(Boolean);
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
