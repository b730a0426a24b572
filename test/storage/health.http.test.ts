/**
 * Honest health: /healthz is 200 only while storage can be written. A full disk, a corrupt or
 * deleted SQLite file, or a PostgreSQL server that is down give 503; turns still give the person
 * the 999 line; and the bot recovers by itself when the database returns.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activity, postJson, startApp, type RunningApp } from '../support/http';
import { expectedText } from '../support/bot';
import { usePostgresServer } from '../support/postgres';
import { conversationKey } from '../../src/adapter/triage.turn';

const postgres = usePostgresServer();
let server: RunningApp | undefined;
let dir: string | undefined;

afterEach(async () => {
  await server?.close().catch(() => undefined);
  server = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const health = async () => (await fetch(`${server!.url}/healthz`)).status;

/** Polls until /healthz answers `status` (the database may take a moment to come back). */
async function healthBecomes(status: number, attempts = 60): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if ((await health()) === status) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(await health()).toBe(status);
}

async function startSqlite(): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'helpline-health-'));
  const file = join(dir, 'data', 'triage.sqlite');
  server = await startApp({ STORAGE: 'sqlite', SQLITE_PATH: file }, { storageHealth: { maxAgeMs: 0 } });
  return file;
}

/** A turn's replies: the failsafe is the 999 line with importance high. */
async function turn(conversation: string, text = 'hello') {
  const response = await postJson(server!.url, activity({ conversation: { id: conversation }, text }));
  const body = (await response.json()) as { activities?: { text?: string; importance?: string }[] };
  return { status: response.status, replies: body.activities ?? [] };
}

const failsafe = () => expectedText('say:common.failsafe');

describe('SQLite', { timeout: 60_000 }, () => {
  it('is ready while the file can be written', async () => {
    await startSqlite();
    expect(await health()).toBe(200);
  });

  it('is not ready once the data folder is deleted (everything would be lost at restart)', async () => {
    await startSqlite();
    expect(await health()).toBe(200);
    rmSync(join(dir!, 'data'), { recursive: true, force: true });
    expect(await health()).toBe(503);
  });

  it('is not ready when the file is corrupted', async () => {
    const file = await startSqlite();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, 0);
    closeSync(fd);
    expect(await health()).toBe(503);
  });

  it('is not ready while the disk is full, turns get no 5xx, and it recovers when there is room', async () => {
    // A real small disk: a 32 MB tmpfs (the tests run as root here, as CI does).
    dir = mkdtempSync(join(tmpdir(), 'helpline-full-'));
    const mnt = join(dir, 'disk');
    mkdirSync(mnt);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=32m,mode=0700', 'tmpfs', mnt]);
    try {
      server = await startApp({ STORAGE: 'sqlite', SQLITE_PATH: join(mnt, 'triage.sqlite') }, { storageHealth: { maxAgeMs: 0 } });
      expect(await health()).toBe(200);
      const filler = join(mnt, 'filler');
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1M', 'count=64'], { stdio: 'ignore' });
      } catch {
        // dd stops with "no space left on device": that is the point
      }
      expect(await health()).toBe(503);
      const during = await turn('full-disk', 'x'.repeat(3000));
      expect(during.status).toBe(200); // a reply or the 999 line, never a 5xx
      rmSync(filler);
      expect(await health()).toBe(200);
      const after = await turn('after-disk');
      expect(after.replies.map((r) => r.text)).not.toContain(failsafe());
    } finally {
      await server?.close().catch(() => undefined);
      server = undefined;
      execFileSync('umount', [mnt]);
    }
  });
});

describe('PostgreSQL', () => {
  it('down: not ready and every turn gives the 999 line; back: ready and turns work again, by itself', async () => {
    server = await startApp({ STORAGE: 'postgres', DATABASE_URL: await postgres.createDatabase() }, { storageHealth: { maxAgeMs: 0 } });
    expect(await health()).toBe(200);
    const before = await turn('pg-1');
    expect(before.replies.map((r) => r.text)).not.toContain(failsafe());

    postgres.stop('fast');
    try {
      expect(await health()).toBe(503);
      for (const conversation of ['pg-1', 'pg-2']) {
        const down = await turn(conversation, 'are you there');
        expect(down.status).toBe(200);
        expect(down.replies.at(-1)).toMatchObject({ text: failsafe(), importance: 'high' });
      }
    } finally {
      postgres.start();
    }
    await healthBecomes(200);
    const after = await turn('pg-2');
    expect(after.status).toBe(200);
    expect(after.replies.map((r) => r.text)).not.toContain(failsafe());
  }, 60_000);

  it('a message holding NUL or half an emoji is stored (as U+FFFD) and answered, not a failed turn: PostgreSQL refuses NUL in text', async () => {
    server = await startApp({ STORAGE: 'postgres', DATABASE_URL: await postgres.createDatabase() });
    await turn('pg-nul', 'hello');
    const reply = await turn('pg-nul', 'my ex keeps texting me\u0000 every day \ud83d');
    expect(reply.status).toBe(200);
    expect(reply.replies.map((r) => r.text)).not.toContain(failsafe());
    const lines = await server.app.storage.state.readTranscript!(conversationKey({ channelId: 'webchat', conversation: { id: 'pg-nul' } as never }));
    expect(lines.map((l) => l.text)).toContain('my ex keeps texting me\ufffd every day \ufffd');
  }, 60_000);
});
