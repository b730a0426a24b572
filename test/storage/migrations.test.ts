/** Migrations: every file is listed, they run once on each engine, and a restart runs nothing again. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/storage/migrations';
import { migrateToLatest, migrationStatus } from '../../src/storage/migrate';
import { SQL_ENGINES, useSqlEngines } from '../support/databases';

const engines = useSqlEngines();

describe('migrations', () => {
  it('lists every migration file in the folder, in name order', () => {
    const files = readdirSync(join(__dirname, '../../src/storage/migrations'))
      .filter((f) => /^\d{4}_.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(Object.keys(migrations)).toEqual(files.sort());
  });

  for (const engine of SQL_ENGINES) {
    it(`run once on ${engine}; reopening runs nothing again`, async () => {
      const t = await engines.open(engine);
      try {
        const status = await migrationStatus(t.database.db);
        expect(status.map((m) => m.name)).toEqual(Object.keys(migrations));
        expect(status.every((m) => m.executedAt instanceof Date)).toBe(true);
        const reopened = await t.reopen();
        expect(await migrateToLatest(reopened.db)).toEqual([]);
      } finally {
        await t.close();
      }
    });
  }
});
