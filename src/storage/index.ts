import { MemoryStore } from './memory.store';
import { SqliteStore } from './sqlite.store';
import type { StateStore } from './store';

export * from './store';
export { MemoryStore } from './memory.store';
export type { MemoryStoreOptions } from './memory.store';
export { SqliteStore } from './sqlite.store';
export type { SqliteStoreOptions } from './sqlite.store';

/**
 * Which state store to build. `blob` (Azure Blob Storage, for scale-out) will be added here:
 * widen `kind`, add its settings, and add a case below.
 */
export interface StateStoreConfig {
  kind: 'sqlite' | 'memory';
  /** SQLite database file (its folder is created), or ':memory:'. Ignored for `memory`. */
  sqlitePath: string;
}

export function createStateStore(config: StateStoreConfig): StateStore {
  switch (config.kind) {
    case 'sqlite':
      return new SqliteStore(config.sqlitePath);
    case 'memory':
      return new MemoryStore();
    default: {
      const unknownKind: never = config.kind;
      throw new Error(`Storage: unknown state store kind "${String(unknownKind)}"`);
    }
  }
}
