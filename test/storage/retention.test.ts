/**
 * Retention: the purge runs at start-up (not only hourly) and covers conversations, transcripts and
 * closed handoffs (HANDOFF_RETENTION_DAYS); a stored conversation older than RETENTION_DAYS is
 * never resumed, even before a purge has removed it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage, openStorage } from '../../src/storage';
import { activity, postJson, startApp, type RunningApp } from '../support/http';
import { newHandoff } from './handoff.contract';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-06-01T10:00:00.000Z');
let server: RunningApp | undefined;
let dir: string | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function say(conversation: string, text: string) {
  const response = await postJson(server!.url, activity({ conversation: { id: conversation }, text }));
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: { text?: string }[] }).activities.map((a) => a.text);
}

describe('retention', { timeout: 60_000 }, () => {
  it('purges at start-up: old conversations with their transcripts, and closed handoffs past HANDOFF_RETENTION_DAYS', async () => {
    dir = mkdtempSync(join(tmpdir(), 'helpline-retention-'));
    const file = join(dir, 'triage.sqlite');
    const seed = openStorage({ kind: 'sqlite', sqlitePath: file }, { now: () => T0.getTime() });
    await seed.ready;
    await seed.state.commitTurn({ key: 'conversation/webchat/old', expectedETag: null, value: { v: 1 }, append: [{ from: 'user', at: T0.toISOString(), text: 'old words' }] });
    const closed = await seed.handoffs.create(newHandoff(), T0);
    await seed.handoffs.setStatus(closed.id, 'closed', { outcome: 'done' }, T0);
    const open = await seed.handoffs.create(newHandoff(), T0);
    await seed.close();

    // 100 days later: past RETENTION_DAYS (30) and HANDOFF_RETENTION_DAYS (90). No hour has passed.
    server = await startApp({ STORAGE: 'sqlite', SQLITE_PATH: file }, { now: () => new Date(T0.getTime() + 100 * DAY) });
    expect(await server.app.store.read(['conversation/webchat/old'])).toEqual({});
    expect(await server.app.store.readTranscript('conversation/webchat/old')).toEqual([]);
    expect(await server.app.handoffs.get(closed.id)).toBeUndefined();
    expect(await server.app.handoffs.get(open.id)).toBeDefined(); // never closed: staff still have it
  });

  it('keeps closed handoffs inside HANDOFF_RETENTION_DAYS', async () => {
    dir = mkdtempSync(join(tmpdir(), 'helpline-retention-'));
    const file = join(dir, 'triage.sqlite');
    const seed = openStorage({ kind: 'sqlite', sqlitePath: file });
    await seed.ready;
    const closed = await seed.handoffs.create(newHandoff(), T0);
    await seed.handoffs.setStatus(closed.id, 'closed', {}, T0);
    await seed.close();
    server = await startApp({ STORAGE: 'sqlite', SQLITE_PATH: file, HANDOFF_RETENTION_DAYS: '120' }, { now: () => new Date(T0.getTime() + 100 * DAY) });
    expect(await server.app.handoffs.get(closed.id)).toBeDefined();
  });

  it('never resumes a stored conversation older than RETENTION_DAYS', async () => {
    let now = T0;
    server = await startApp({}, { now: () => now });
    const fresh = await say('fresh-reference', 'hello');
    await say('returning', 'hello');
    await say('returning', 'my ex keeps turning up at my work');
    const key = 'conversation/webchat/returning';
    expect(JSON.stringify(await server.app.store.readTranscript(key))).toContain('turning up');

    now = new Date(T0.getTime() + 31 * DAY); // no purge has run since start-up
    const replies = await say('returning', 'hello');
    expect(replies).toEqual(fresh); // the same as a brand-new conversation
    const transcript = await server.app.store.readTranscript(key);
    expect(JSON.stringify(transcript)).not.toContain('turning up');
    expect(transcript[0]).toMatchObject({ from: 'user', text: 'hello', at: now.toISOString() });
  });

  it("runs a feature's own retention tasks with the purge; one failing does not stop the others", async () => {
    const storage = memoryStorage();
    const seen: Date[] = [];
    storage.addRetentionTask('widget', async (now) => {
      seen.push(now);
      return 3;
    });
    storage.addRetentionTask('broken', async () => {
      throw new Error('table missing');
    });
    storage.addRetentionTask('staff', async () => 2);
    expect(() => storage.addRetentionTask('widget', async () => 0)).toThrow(/exists/);
    const now = new Date(T0.getTime() + DAY);
    await expect(storage.purge({ conversationsMs: DAY, closedHandoffsMs: DAY }, now)).rejects.toThrow('table missing');
    storage.addRetentionTask('later', async () => 1);
    expect(seen).toEqual([now]);
    const quiet = memoryStorage();
    quiet.addRetentionTask('widget', async () => 4);
    expect(await quiet.purge({ conversationsMs: DAY, closedHandoffsMs: DAY }, now)).toEqual({ conversations: 0, handoffs: 0, widget: 4 });
  });
});
