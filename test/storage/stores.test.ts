import { MemoryStorage } from 'botbuilder';
import { SqlStateStore } from '../../src/storage/sql.state.store';
import { MemoryStore } from '../../src/storage/memory.store';
import { SQL_ENGINES, useSqlEngines } from '../support/databases';
import { describeStoreContract, type ContractStore } from './store.contract';

const engines = useSqlEngines();

describeStoreContract('MemoryStore', async ({ now }) => {
  const store = new MemoryStore({ now });
  return { store, cleanup: async () => store.close() };
});

for (const engine of SQL_ENGINES) {
  describeStoreContract(
    `SqlStateStore on ${engine}`,
    async ({ now }) => {
      const t = await engines.open(engine);
      return {
        store: new SqlStateStore(t.database, { now }),
        reopen: async (): Promise<ContractStore> => new SqlStateStore(await t.reopen(), { now }),
        cleanup: () => t.close(),
      };
    },
    { persistent: true },
  );
}

// botbuilder's own MemoryStorage, as a reference: the shared cases prove our contract matches
// botbuilder's semantics; our stricter guarantees are not run or relaxed for it (see store.contract.ts).
describeStoreContract(
  "botbuilder MemoryStorage (reference)",
  async () => ({ store: new MemoryStorage(), cleanup: async () => {} }),
  { reference: true },
);
