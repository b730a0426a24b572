/**
 * The state-store contract, run against every implementation (see stores.test.ts), including
 * botbuilder's own MemoryStorage as a reference, to show our semantics match botbuilder's.
 *
 * Where the reference deliberately differs from ours, the case is marked `ours` (not run for the
 * reference) or asserts tolerantly for it:
 * - stale eTag: ours reject with ETagConflictError; MemoryStorage rejects with a plain Error.
 * - a multi-key write with one stale eTag: ours write nothing; MemoryStorage writes the others.
 * - a concrete eTag for a missing (e.g. deleted) key: ours reject; MemoryStorage writes it.
 * - non-object values: ours reject; MemoryStorage stores `Object.assign({}, value)`.
 * - the key "__proto__": ours store it; MemoryStorage keeps its data in a plain object.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ETagConflictError, type KeyValueStorage, type TurnCommit } from '../../src/storage/store';
import type { TranscriptEntry } from '../../src/storage/transcript';

export interface ContractStore extends KeyValueStorage {
  purgeOlderThan?(ms: number, now?: number): number | Promise<number>;
  commitTurn?(commit: TurnCommit): Promise<void>;
  readTranscript?(key: string): Promise<TranscriptEntry[]>;
  close?(): void | Promise<void>;
}

export interface StoreUnderTest {
  store: ContractStore;
  /** Close the store and open it again on the same data (a process restart). */
  reopen?: () => Promise<ContractStore>;
  cleanup: () => Promise<void>;
}

export interface StoreFactoryOptions {
  /** Clock the store should stamp writes with (stores that take one use it for retention). */
  now: () => number;
}

export interface ContractOptions {
  /** A reference implementation (botbuilder's): our stricter guarantees are not checked on it. */
  reference?: boolean;
  /** The store keeps data across close and reopen (a file): the restart case applies. */
  persistent?: boolean;
}

export function describeStoreContract(
  name: string,
  makeStore: (opts: StoreFactoryOptions) => Promise<StoreUnderTest>,
  options: ContractOptions = {},
): void {
  const ours = !options.reference;

  describe(`state store contract: ${name}`, () => {
    let sut: StoreUnderTest;
    let store: ContractStore;
    let clock = 1_700_000_000_000;

    beforeEach(async () => {
      clock = 1_700_000_000_000;
      sut = await makeStore({ now: () => clock });
      store = sut.store;
    });

    afterEach(async () => {
      await sut.cleanup();
    });

    async function expectConflict(p: Promise<unknown>): Promise<void> {
      const err = await p.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err, 'write should have been rejected').toBeInstanceOf(Error);
      if (ours) {
        expect(err).toBeInstanceOf(ETagConflictError);
        expect((err as Error).name).toBe('ETagConflictError');
      }
    }

    async function eTagOf(key: string): Promise<string> {
      const items = await store.read([key]);
      const eTag = items[key]?.eTag;
      expect(typeof eTag).toBe('string');
      return eTag as string;
    }

    it('round-trips a written item, with an eTag', async () => {
      const value = {
        machineVersion: 3,
        snapshot: { value: { triage: 'askFrequency' }, context: { facts: [1, 'two', null, true, { deep: [] }] } },
        text: 'Héllo – “quotes” and emoji 🚨',
        n: 1.5,
        neg: -7,
        flag: false,
        nothing: null,
      };
      await store.write({ k1: value });
      const items = await store.read(['k1']);
      const { eTag, ...rest } = items['k1'];
      expect(rest).toEqual(value);
      expect(typeof eTag).toBe('string');
      expect(eTag.length).toBeGreaterThan(0);
    });

    it('leaves unknown keys out of the result', async () => {
      await store.write({ known: { a: 1 } });
      const items = await store.read(['unknown', 'known', 'also-unknown']);
      expect(Object.keys(items)).toEqual(['known']);
      expect('unknown' in items).toBe(false);
      expect(await store.read(['nothing-here'])).toEqual({});
      expect(await store.read([])).toEqual({});
    });

    it('reads and writes many keys at once', async () => {
      const changes: Record<string, { i: number }> = {};
      for (let i = 0; i < 200; i++) changes[`conv/${i}`] = { i };
      await store.write(changes);
      const keys = [...Object.keys(changes), 'conv/missing'];
      const items = await store.read(keys);
      expect(Object.keys(items).sort()).toEqual(Object.keys(changes).sort());
      for (let i = 0; i < 200; i++) expect(items[`conv/${i}`].i).toBe(i);
      const eTags = new Set(Object.values(items).map((v) => v.eTag));
      expect(eTags.size).toBe(200);
    });

    it('deletes keys; deleting an unknown key is fine', async () => {
      await store.write({ a: { v: 1 }, b: { v: 2 }, c: { v: 3 } });
      await store.delete(['a', 'c', 'never-existed']);
      const items = await store.read(['a', 'b', 'c']);
      expect(Object.keys(items)).toEqual(['b']);
      await expect(store.delete(['never-existed'])).resolves.toBeUndefined();
      await expect(store.delete([])).resolves.toBeUndefined();
      // A deleted key can be written again from scratch.
      await store.write({ a: { v: 4 } });
      expect((await store.read(['a']))['a'].v).toBe(4);
    });

    it('changes the eTag on every write, even with the same value', async () => {
      const seen = new Set<string>();
      for (let i = 0; i < 5; i++) {
        await store.write({ k: { same: true } });
        seen.add(await eTagOf('k'));
      }
      expect(seen.size).toBe(5);
    });

    it('accepts a write carrying the current eTag', async () => {
      await store.write({ k: { v: 1 } });
      const current = await store.read(['k']);
      current['k'].v = 2;
      await store.write({ k: current['k'] });
      const after = await store.read(['k']);
      expect(after['k'].v).toBe(2);
      expect(after['k'].eTag).not.toBe(current['k'].eTag);
    });

    it('rejects a write carrying a stale eTag and keeps the stored value', async () => {
      await store.write({ k: { v: 1 } });
      const first = await store.read(['k']);
      await store.write({ k: { ...first['k'], v: 2 } }); // someone else wins
      const winner = await store.read(['k']);
      await expectConflict(store.write({ k: { ...first['k'], v: 3 } }));
      const after = await store.read(['k']);
      expect(after['k']).toEqual(winner['k']);
    });

    it("overwrites with eTag '*' or with no eTag", async () => {
      await store.write({ k: { v: 1 } });
      await store.write({ k: { v: 2 } });
      await store.write({ k: { v: 3, eTag: '*' } });
      expect((await store.read(['k']))['k'].v).toBe(3);
      await store.write({ k: { v: 4 } });
      const items = await store.read(['k']);
      expect(items['k'].v).toBe(4);
      expect(items['k'].eTag).not.toBe('*');
    });

    it('isolates the stored value from later mutation of written and read objects', async () => {
      const value = { list: [1, 2], nested: { x: 'a' } };
      await store.write({ k: value });
      value.list.push(3);
      value.nested.x = 'changed after write';
      expect(value).not.toHaveProperty('eTag'); // the caller's object is not modified

      const read1 = await store.read(['k']);
      read1['k'].list.push(99);
      read1['k'].nested.x = 'changed after read';
      read1['k'].added = true;

      const read2 = await store.read(['k']);
      expect(read2['k'].list).toEqual([1, 2]);
      expect(read2['k'].nested).toEqual({ x: 'a' });
      expect(read2['k']).not.toHaveProperty('added');
      expect(read2['k']).not.toBe(read1['k']);
    });

    it('handles keys with odd characters', async () => {
      const keys = [
        'webchat/conversations/abc-123|0000001',
        'a/b\\c',
        "it's \"quoted\"",
        'spaces and\ttabs\nnewline',
        'ünïcödé-日本語-🚨',
        '%2F?query=1&x=y#frag',
        "'; DROP TABLE state; --",
        'x'.repeat(1000),
      ];
      const changes: Record<string, { key: string }> = {};
      for (const key of keys) changes[key] = { key };
      await store.write(changes);
      const items = await store.read(keys);
      expect(Object.keys(items).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(items[key].key).toBe(key);
      // Similar-looking keys stay distinct.
      expect(await store.read(['a/b/c', 'a/b\\\\c', 'ÜNÏCÖDÉ-日本語-🚨'])).toEqual({});
      await store.delete(keys);
      expect(await store.read(keys)).toEqual({});
    });

    it('round-trips a large (1 MB) value', async () => {
      const big = 'x'.repeat(1024 * 1024);
      const many = Array.from({ length: 5000 }, (_, i) => ({ i, s: `item ${i} ✓` }));
      await store.write({ big: { big, many } });
      const items = await store.read(['big']);
      expect(items['big'].big.length).toBe(big.length);
      expect(items['big'].big === big).toBe(true);
      expect(items['big'].many).toEqual(many);
    });

    it('lets exactly one of two concurrent writes with the same eTag win', async () => {
      await store.write({ k: { v: 0 } });
      const base = await store.read(['k']);
      const results = await Promise.allSettled([
        store.write({ k: { ...base['k'], v: 'A' } }),
        store.write({ k: { ...base['k'], v: 'B' } }),
        store.write({ k: { ...base['k'], v: 'C' } }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(2);
      if (ours) for (const r of lost) expect(r.reason).toBeInstanceOf(ETagConflictError);
      const winner = ['A', 'B', 'C'][results.findIndex((r) => r.status === 'fulfilled')];
      expect((await store.read(['k']))['k'].v).toBe(winner);
    });

    if (ours) it('ours: a write with one stale eTag writes nothing from that call', async () => {
      await store.write({ a: { v: 1 }, b: { v: 1 } });
      const stale = await store.read(['b']);
      await store.write({ b: { v: 2 } });
      await expectConflict(store.write({ a: { v: 'new' }, b: { ...stale['b'], v: 3 }, c: { v: 'new' } }));
      const items = await store.read(['a', 'b', 'c']);
      expect(items['a'].v).toBe(1);
      expect(items['b'].v).toBe(2);
      expect(items).not.toHaveProperty('c');
    });

    if (ours) it('ours: a concrete eTag for a deleted key is a conflict (no resurrection)', async () => {
      await store.write({ k: { personal: 'data' } });
      const before = await store.read(['k']);
      await store.delete(['k']); // e.g. the person asked us to delete their data
      await expectConflict(store.write({ k: before['k'] }));
      expect(await store.read(['k'])).toEqual({});
      await expectConflict(store.write({ never: { eTag: 'made-up' } }));
    });

    if (ours) it('ours: rejects values that are not JSON objects', async () => {
      for (const bad of [null, 'text', 42, true, [1, 2]]) {
        await expect(store.write({ k: bad })).rejects.toThrow(TypeError);
      }
      expect(await store.read(['k'])).toEqual({});
    });

    if (ours) it('ours: a "__proto__" key is stored like any other', async () => {
      const changes = JSON.parse('{"__proto__": {"v": 1}}') as Record<string, unknown>;
      await store.write(changes);
      const items = await store.read(['__proto__']);
      expect(Object.prototype.hasOwnProperty.call(items, '__proto__')).toBe(true);
      expect(Object.getPrototypeOf(items)).toBe(Object.prototype);
      expect((items as Record<string, { v: number }>)['__proto__']!.v).toBe(1);
    });

    if (options.persistent) it('keeps data, eTags and concurrency checks across close and reopen (restart)', async () => {
      if (!sut.reopen) throw new Error('a persistent store must provide reopen()');
      await store.write({ 'webchat/conversations/c1': { snapshot: { value: 'askWhen' }, machineVersion: 1 } });
      const before = await store.read(['webchat/conversations/c1']);
      store = await sut.reopen();
      const after = await store.read(['webchat/conversations/c1']);
      expect(after).toEqual(before);
      // The eTag read before the restart is still current ...
      await store.write({ 'webchat/conversations/c1': { ...before['webchat/conversations/c1'], step: 2 } });
      // ... and is stale now.
      await expectConflict(store.write({ 'webchat/conversations/c1': before['webchat/conversations/c1'] }));
      store = await sut.reopen();
      expect((await store.read(['webchat/conversations/c1']))['webchat/conversations/c1'].step).toBe(2);
    });

    if (ours) describe('turn commits (state and transcript together)', () => {
      const line = (from: 'user' | 'bot', text: string, importance?: 'high'): TranscriptEntry => ({
        from,
        at: '2026-11-28T12:00:00.000Z',
        text,
        ...(importance ? { importance } : {}),
      });
      const commit = (c: TurnCommit) => {
        if (!store.commitTurn) throw new Error('our stores implement commitTurn');
        return store.commitTurn(c);
      };
      const transcript = (key: string) => {
        if (!store.readTranscript) throw new Error('our stores implement readTranscript');
        return store.readTranscript(key);
      };

      if (ours) it('creates a conversation only when none exists (expectedETag null), with its lines', async () => {
        await commit({ key: 'c', expectedETag: null, value: { step: 1 }, append: [line('user', 'hi'), line('bot', 'Hello', 'high')] });
        expect((await store.read(['c']))['c']).toMatchObject({ step: 1 });
        expect(await transcript('c')).toEqual([line('user', 'hi'), line('bot', 'Hello', 'high')]);
        // A second "new conversation" commit (another instance's first turn) conflicts and writes nothing.
        await expectConflict(commit({ key: 'c', expectedETag: null, value: { step: 99 }, append: [line('user', 'lost')] }));
        expect((await store.read(['c']))['c']).toMatchObject({ step: 1 });
        expect(await transcript('c')).toHaveLength(2);
      });

      if (ours) it('appends in commit order; a stale eTag writes neither state nor lines', async () => {
        await commit({ key: 'c', expectedETag: null, value: { step: 1 }, append: [line('user', 'one')] });
        const first = await eTagOf('c');
        await commit({ key: 'c', expectedETag: first, value: { step: 2 }, append: [line('user', 'two'), line('bot', 'reply two')] });
        await expectConflict(commit({ key: 'c', expectedETag: first, value: { step: 3 }, append: [line('user', 'stale')] }));
        await commit({ key: 'c', expectedETag: await eTagOf('c'), value: { step: 3 }, append: [line('user', 'three')] });
        expect((await transcript('c')).map((l) => l.text)).toEqual(['one', 'two', 'reply two', 'three']);
        expect((await store.read(['c']))['c']).toMatchObject({ step: 3 });
      });

      if (ours) it('of concurrent commits on one eTag exactly one lands, with its lines', async () => {
        await commit({ key: 'c', expectedETag: null, value: { n: 0 } });
        const eTag = await eTagOf('c');
        const results = await Promise.allSettled(
          Array.from({ length: 6 }, (_, i) => commit({ key: 'c', expectedETag: eTag, value: { n: i + 1 }, append: [line('user', `m${i + 1}`)] })),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const lines = await transcript('c');
        expect(lines).toHaveLength(1);
        expect((await store.read(['c']))['c'].n).toBe(Number(lines[0]!.text.slice(1)));
      });

      if (ours) it('clears the transcript, and deletes a conversation with its transcript', async () => {
        await commit({ key: 'c', expectedETag: null, value: { step: 1 }, append: [line('user', 'secret')] });
        await commit({ key: 'c', expectedETag: await eTagOf('c'), value: { step: 2 }, clearTranscript: true, append: [line('user', 'after')] });
        expect((await transcript('c')).map((l) => l.text)).toEqual(['after']);
        await expectConflict(commit({ key: 'c', expectedETag: 'stale', value: null }));
        await commit({ key: 'c', expectedETag: await eTagOf('c'), value: null });
        expect(await store.read(['c'])).toEqual({});
        expect(await transcript('c')).toEqual([]);
        // Deleted: a turn that read it before must not bring it back.
        await expectConflict(commit({ key: 'c', expectedETag: 'anything', value: { step: 3 } }));
      });

      if (ours) it('delete() and the retention purge remove transcripts with their conversations', async () => {
        await commit({ key: 'a', expectedETag: null, value: { v: 1 }, append: [line('user', 'a1')] });
        await commit({ key: 'b', expectedETag: null, value: { v: 1 }, append: [line('user', 'b1')] });
        await store.delete(['a']);
        expect(await transcript('a')).toEqual([]);
        clock += 10_000;
        expect(await store.purgeOlderThan!(5_000, clock)).toBe(1);
        expect(await transcript('b')).toEqual([]);
      });

      if (ours) it('keeps text exactly (unicode, quotes, long lines)', async () => {
        const text = `She said "don't" 🙂 \\ ${'é'.repeat(5000)}`;
        await commit({ key: 'c', expectedETag: null, value: { v: 1 }, append: [line('user', text)] });
        expect((await transcript('c'))[0]!.text).toBe(text);
      });
    });

    if (ours) it('purgeOlderThan removes only rows last written before the cutoff', async () => {
      if (!store.purgeOlderThan) throw new Error('our stores implement purgeOlderThan');
      const day = 24 * 60 * 60 * 1000;
      const t0 = clock;
      await store.write({ old1: { v: 1 }, old2: { v: 2 }, refreshed: { v: 3 } });
      clock = t0 + 10 * day;
      await store.write({ recent: { v: 4 } });
      await store.write({ refreshed: { v: 5 } }); // rewritten: its age restarts
      clock = t0 + 10 * day + 1000;

      expect(await store.purgeOlderThan(10 * day, clock)).toBe(2);
      expect(Object.keys(await store.read(['old1', 'old2', 'refreshed', 'recent'])).sort()).toEqual([
        'recent',
        'refreshed',
      ]);
      // A cutoff exactly at a row's timestamp keeps it ("before", not "at or before").
      expect(await store.purgeOlderThan(1000, clock)).toBe(0);
      expect(await store.purgeOlderThan(30 * day, clock)).toBe(0);
      // Default `now` is the store's clock.
      clock = t0 + 40 * day;
      expect(await store.purgeOlderThan(29 * day)).toBe(2);
      expect(await store.read(['recent', 'refreshed'])).toEqual({});
    });
  });
}
