/**
 * Our stores are usable by botbuilder as its `Storage` (src/adapter/ hands them to
 * ConversationState). Importing botbuilder is fine in this test; src/storage/ never does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActivityTypes, ConversationState, TestAdapter, TurnContext, type Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/storage/memory.store';
import { createFieldCipher } from '../../src/storage/cipher';
import { SqlStateStore } from '../../src/storage/sql.state.store';
import { openSqliteDatabase } from '../../src/storage/sqlite.database';
import type { KeyValueStorage, StateStore } from '../../src/storage/store';

// Type level, both ways: our stores are botbuilder Storage, and botbuilder Storage fits our interface.
const _asStorage: Storage = new MemoryStore();
const _sqlAsStorage: (s: SqlStateStore) => Storage = (s) => s;
const _stateStoreAsStorage: (s: StateStore) => Storage = (s) => s;
const _storageAsOurs: (s: Storage) => KeyValueStorage = (s) => s;
void [_asStorage, _sqlAsStorage, _stateStoreAsStorage, _storageAsOurs];

async function openSqlite(file: string) {
  const database = openSqliteDatabase({ path: file, cipher: createFieldCipher(undefined) });
  await database.ready;
  return Object.assign(new SqlStateStore(database), { close: () => database.close() });
}

function turn(adapter: TestAdapter, conversationId: string): TurnContext {
  return new TurnContext(adapter, {
    type: ActivityTypes.Message,
    channelId: 'webchat',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user-1', name: 'user' },
    recipient: { id: 'bot', name: 'bot' },
    text: 'hello',
    serviceUrl: 'http://localhost',
  });
}

describe('botbuilder ConversationState over our stores', () => {
  it('round-trips a property through the SQLite store, across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helpline-compat-'));
    const file = join(dir, 'state.db');
    const adapter = new TestAdapter(async () => {});
    try {
      // Turn 1: save the machine snapshot.
      let store = await openSqlite(file);
      let state = new ConversationState(store);
      let snapshot = state.createProperty<{ value: string; step: number }>('snapshot');
      const ctx1 = turn(adapter, 'conv-1');
      await state.load(ctx1);
      expect(await snapshot.get(ctx1)).toBeUndefined();
      await snapshot.set(ctx1, { value: 'askWhen', step: 1 });
      await state.saveChanges(ctx1);
      await store.close();

      // Restart: new store on the same file, new state, new turn.
      store = await openSqlite(file);
      state = new ConversationState(store);
      snapshot = state.createProperty<{ value: string; step: number }>('snapshot');
      const ctx2 = turn(adapter, 'conv-1');
      expect(await snapshot.get(ctx2)).toEqual({ value: 'askWhen', step: 1 });

      // Another conversation does not see it; the key is botbuilder's usual one
      // (`{channelId}/conversations/{conversationId}/{namespace}`, namespace empty by default).
      const key = 'webchat/conversations/conv-1/';
      const other = turn(adapter, 'conv-2');
      expect(await snapshot.get(other)).toBeUndefined();
      expect(Object.keys(await store.read([key]))).toEqual([key]);

      // Delete (the person's "delete my data") goes through the store as well.
      await state.delete(ctx2);
      expect(await store.read([key])).toEqual({});
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('works with MemoryStore inside a TestAdapter turn loop', async () => {
    const state = new ConversationState(new MemoryStore());
    const count = state.createProperty<number>('count');
    const adapter = new TestAdapter(async (ctx) => {
      const n = (await count.get(ctx, 0)) + 1;
      await count.set(ctx, n);
      await ctx.sendActivity(`turn ${n}`);
      await state.saveChanges(ctx);
    });
    await adapter.send('a').assertReply('turn 1').send('b').assertReply('turn 2').send('c').assertReply('turn 3');
  });
});
