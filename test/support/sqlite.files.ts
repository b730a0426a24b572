/**
 * A fresh temporary folder and SQLite file for each test, and every database a test opens closed
 * and deleted after it. `onCreate` hands the test this test's folder and file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createFieldCipher } from '../../src/storage/cipher';
import type { SqlDatabase } from '../../src/storage/database';
import { openSqliteDatabase, type SqliteRole } from '../../src/storage/sqlite.database';

export function useSqliteFiles(prefix: string, relativeFile: string, onCreate: (dir: string, file: string) => void) {
  let file = '';
  let dir = '';
  const open: SqlDatabase[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    file = join(dir, relativeFile);
    onCreate(dir, file);
  });
  afterEach(async () => {
    for (const database of open.splice(0)) await database.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });
  /** Opens this test's file (as the bot by default), closed after the test. */
  async function openDb(role?: SqliteRole): Promise<SqlDatabase> {
    const database = openSqliteDatabase({ path: file, cipher: createFieldCipher(undefined), ...(role ? { role } : {}) });
    open.push(database);
    await database.ready;
    return database;
  }
  return { openDb };
}
