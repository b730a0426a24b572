import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { MemoryStore } from '../../src/storage/memory.store';
import { SqliteStore } from '../../src/storage/sqlite.store';
import { describeStoreContract, type ContractStore } from './store.contract';

describeStoreContract('MemoryStore', async ({ now }) => {
  const store = new MemoryStore({ now });
  return { store, cleanup: async () => store.close() };
});

describeStoreContract('SqliteStore (temp file)', async ({ now }) => {
  const dir = mkdtempSync(join(tmpdir(), 'helpline-store-'));
  const file = join(dir, 'nested', 'state.db'); // the parent folder does not exist yet
  let current = new SqliteStore(file, { now });
  return {
    store: current,
    reopen: async (): Promise<ContractStore> => {
      current.close();
      current = new SqliteStore(file, { now });
      return current;
    },
    cleanup: async () => {
      current.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}, { persistent: true });

describeStoreContract("SqliteStore (':memory:')", async ({ now }) => {
  const store = new SqliteStore(':memory:', { now });
  return { store, cleanup: async () => store.close() };
});

// botbuilder's own MemoryStorage, as a reference: the shared cases prove our contract matches
// botbuilder's semantics; our stricter guarantees are not run or relaxed for it (see store.contract.ts).
describeStoreContract(
  "botbuilder MemoryStorage (reference)",
  async () => ({ store: new MemoryStorage(), cleanup: async () => {} }),
  { reference: true },
);
