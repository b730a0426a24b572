/**
 * SQLite-specific checks beyond the shared contract: file layout and schema, and real
 * concurrency between connections in separate threads (the eTag check and the write must be
 * one atomic step, not only within one event loop).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/storage/sqlite.store';
import { MemoryStore, createStateStore } from '../../src/storage/index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'helpline-sqlite-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteStore on disk', () => {
  it('creates the parent folder, uses WAL, and stores rows in the documented shape', async () => {
    const file = join(dir, 'a', 'b', 'state.db');
    const store = new SqliteStore(file, { now: () => 1234 });
    expect(existsSync(file)).toBe(true);
    await store.write({ 'webchat/conversations/c1': { snapshot: { value: 'start' }, eTag: '*' } });
    store.close();

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const columns = (db.pragma('table_info(state)') as { name: string; type: string; pk: number }[]).map(
        (c) => [c.name, c.type, c.pk],
      );
      expect(columns).toEqual([
        ['key', 'TEXT', 1],
        ['etag', 'TEXT', 0],
        ['value', 'TEXT', 0],
        ['updated_at', 'INTEGER', 0],
      ]);
      const row = db.prepare('SELECT * FROM state').get() as Record<string, unknown>;
      expect(row['key']).toBe('webchat/conversations/c1');
      expect(row['updated_at']).toBe(1234);
      expect(typeof row['etag']).toBe('string');
      expect(row['etag']).not.toBe('*');
      // The value column is JSON without the eTag (the eTag lives in its own column).
      expect(JSON.parse(row['value'] as string)).toEqual({ snapshot: { value: 'start' } });
    } finally {
      db.close();
    }
  });

  it('refuses a database written by a newer schema version', () => {
    const file = join(dir, 'state.db');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => new SqliteStore(file)).toThrow(/newer/);
  });

  it('close() is idempotent', () => {
    const store = new SqliteStore(join(dir, 'state.db'));
    store.close();
    expect(() => store.close()).not.toThrow();
  });

  it('two connections to one file see each other and respect eTags', async () => {
    const file = join(dir, 'state.db');
    const a = new SqliteStore(file);
    const b = new SqliteStore(file);
    try {
      await a.write({ k: { v: 1 } });
      const seenByB = await b.read(['k']);
      expect(seenByB['k'].v).toBe(1);
      await a.write({ k: { ...seenByB['k'], v: 2 } });
      await expect(b.write({ k: { ...seenByB['k'], v: 3 } })).rejects.toMatchObject({ name: 'ETagConflictError' });
      expect((await b.read(['k']))['k'].v).toBe(2);
    } finally {
      a.close();
      b.close();
    }
  });
});

// --- multi-thread races --------------------------------------------------------------------------

const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
require(workerData.tsx);
const { SqliteStore } = require(workerData.storeModule);
(async () => {
  const store = new SqliteStore(workerData.file);
  const sync = new Int32Array(workerData.sab);
  try {
    if (workerData.mode === 'same-etag') {
      const item = (await store.read(['k'])).k;
      Atomics.add(sync, 1, 1);          // ready
      Atomics.wait(sync, 0, 0);         // wait for "go"
      try {
        await store.write({ k: { ...item, by: workerData.id } });
        parentPort.postMessage({ won: true });
      } catch (e) {
        parentPort.postMessage({ won: false, name: e.name });
      }
    } else {
      let ok = 0, conflicts = 0;
      for (let i = 0; i < workerData.rounds; i++) {
        for (;;) {
          const item = (await store.read(['counter'])).counter;
          try {
            await store.write({ counter: { ...item, n: item.n + 1 } });
            ok++;
            break;
          } catch (e) {
            if (e.name !== 'ETagConflictError') throw e;
            conflicts++;
          }
        }
      }
      parentPort.postMessage({ ok, conflicts });
    }
  } finally {
    store.close();
  }
})().catch((e) => parentPort.postMessage({ error: String((e && e.stack) || e) }));
`;

function startWorker(data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      tsx: require.resolve('tsx/cjs'),
      storeModule: resolve(__dirname, '../../src/storage/sqlite.store.ts'),
      ...data,
    },
  });
  return new Promise((ok, fail) => {
    worker.once('message', (msg: Record<string, unknown>) => {
      void worker.terminate();
      if (msg['error']) fail(new Error(String(msg['error'])));
      else ok(msg);
    });
    worker.once('error', fail);
  });
}

describe('SqliteStore across threads', () => {
  it('exactly one of several threads writing with the same eTag wins; the rest get ETagConflictError', async () => {
    const file = join(dir, 'race.db');
    const setup = new SqliteStore(file);
    await setup.write({ k: { v: 0 } });
    setup.close();

    const n = 4;
    const sab = new SharedArrayBuffer(8);
    const sync = new Int32Array(sab);
    const done = Array.from({ length: n }, (_, id) => startWorker({ mode: 'same-etag', file, sab, id }));
    while (Atomics.load(sync, 1) < n) await new Promise((r) => setTimeout(r, 5));
    Atomics.store(sync, 0, 1);
    Atomics.notify(sync, 0);

    const results = await Promise.all(done);
    expect(results.filter((r) => r['won'])).toHaveLength(1);
    expect(results.filter((r) => !r['won']).map((r) => r['name'])).toEqual(Array(n - 1).fill('ETagConflictError'));
  });

  it('no lost updates: threads incrementing one counter with read/write/retry reach the exact total', async () => {
    const file = join(dir, 'counter.db');
    const setup = new SqliteStore(file);
    await setup.write({ counter: { n: 0 } });
    setup.close();

    const n = 4;
    const rounds = 40;
    const sab = new SharedArrayBuffer(8);
    const results = await Promise.all(
      Array.from({ length: n }, (_, id) => startWorker({ mode: 'counter', file, sab, id, rounds })),
    );
    expect(results.reduce((sum, r) => sum + Number(r['ok']), 0)).toBe(n * rounds);

    const check = new SqliteStore(file);
    try {
      expect((await check.read(['counter']))['counter'].n).toBe(n * rounds);
    } finally {
      check.close();
    }
  });
});

describe('createStateStore', () => {
  it('builds a SqliteStore or a MemoryStore from config', async () => {
    const sqlite = createStateStore({ kind: 'sqlite', sqlitePath: join(dir, 'data', 'state.db') });
    expect(sqlite).toBeInstanceOf(SqliteStore);
    await sqlite.write({ k: { v: 1 } });
    expect((await sqlite.read(['k']))['k'].v).toBe(1);
    await sqlite.close();
    expect(existsSync(join(dir, 'data', 'state.db'))).toBe(true);

    const memory = createStateStore({ kind: 'memory', sqlitePath: 'ignored' });
    expect(memory).toBeInstanceOf(MemoryStore);
    await memory.close();
  });

  it('rejects an unknown kind', () => {
    expect(() => createStateStore({ kind: 'blob' as never, sqlitePath: '' })).toThrow(/unknown/);
  });
});
