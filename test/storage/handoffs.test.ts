import { MemoryHandoffStore } from '../../src/storage/handoff.store';
import { SqlHandoffStore } from '../../src/storage/sql.handoff.store';
import { SQL_ENGINES, useSqlEngines } from '../support/databases';
import { describeHandoffStoreContract } from './handoff.contract';

const engines = useSqlEngines();

describeHandoffStoreContract('MemoryHandoffStore', async () => {
  const store = new MemoryHandoffStore();
  return { store, cleanup: async () => store.close() };
});

for (const engine of SQL_ENGINES) {
  describeHandoffStoreContract(`SqlHandoffStore on ${engine}`, async () => {
    const t = await engines.open(engine);
    return { store: new SqlHandoffStore(t.database), cleanup: () => t.close() };
  });
}
