import { createMemoryStaffStores } from './memory.staff.store';
import { createSqliteStaffStores } from './sqlite.staff.store';
import type { StaffStores } from './staff.store';

export * from './staff.store';
export { createMemoryStaffStores } from './memory.staff.store';
export { createSqliteStaffStores } from './sqlite.staff.store';

export function createStaffStores(config: { kind: 'sqlite' | 'memory'; sqlitePath: string }): StaffStores {
  return config.kind === 'sqlite' ? createSqliteStaffStores(config.sqlitePath) : createMemoryStaffStores();
}
