/** What the SQLite and PostgreSQL databases share: waiting for migrations without hanging a turn. */
import type { Kysely } from 'kysely';
import type { FieldCipher } from './cipher';
import type { Database, SqlDatabase, SqlEngine } from './database';
import { StorageUnavailableError } from './store';

/** How long a turn waits for start-up migrations before failing safe. */
const READY_WAIT_MS = 3000;

export function sqlDatabase(parts: {
  engine: SqlEngine;
  db: Kysely<Database>;
  cipher: FieldCipher;
  ready: Promise<void>;
  probe: SqlDatabase['probe'];
  close: () => Promise<void>;
}): SqlDatabase {
  let migrated = false;
  let failure: unknown;
  parts.ready.then(
    () => {
      migrated = true;
    },
    (err: unknown) => {
      failure = err;
    },
  );
  return {
    engine: parts.engine,
    db: parts.db,
    cipher: parts.cipher,
    ready: parts.ready,
    async use() {
      if (migrated) return parts.db;
      if (failure) throw new StorageUnavailableError('Storage: the database could not be migrated');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StorageUnavailableError('Storage: the database is not ready')), READY_WAIT_MS);
      });
      try {
        await Promise.race([parts.ready, timeout]);
        return parts.db;
      } finally {
        clearTimeout(timer);
      }
    },
    withTables: <T extends Database>() => parts.db as unknown as Kysely<T>,
    probe: parts.probe,
    close: parts.close,
  };
}

/** Writes this instance's probe row (an upsert, on both engines). */
export async function writeProbe(db: Kysely<Database>, instance: string, now: number): Promise<void> {
  await db
    .insertInto('storage_probes')
    .values({ instance, checked_at: now })
    .onConflict((oc) => oc.column('instance').doUpdateSet({ checked_at: now }))
    .execute();
}
