import { MemoryDirectLineStore } from '../../src/directline/memory.directline.store';
import { SqlDirectLineStore } from '../../src/directline/sql.directline.store';
import { SQL_ENGINES, useSqlEngines, type TestDatabase } from '../support/databases';
import { directLineStoreContract } from './directline.store.contract';

const engines = useSqlEngines();

/** A SQL store whose close() also closes (and removes) its test database. */
class TestSqlDirectLineStore extends SqlDirectLineStore {
  constructor(private readonly test: TestDatabase, now: () => number) {
    super(test.database, { now });
  }

  override async close(): Promise<void> {
    await this.test.close();
  }
}

directLineStoreContract('memory', async (nowMs) => new MemoryDirectLineStore(nowMs));

for (const engine of SQL_ENGINES) {
  directLineStoreContract(`SQL on ${engine}`, async (nowMs) => new TestSqlDirectLineStore(await engines.open(engine), nowMs));
}

